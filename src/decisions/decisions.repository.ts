import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type Repository } from 'typeorm';

import { entitiesFromJson, entityFromJson } from '../database/json-entity';
import { DecisionMeasureEntity } from './decision-measure.entity';
import { DecisionEntity } from './decision.entity';

export type NewDecision = Omit<DecisionEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
export type NewMeasure = Omit<DecisionMeasureEntity, 'id' | 'decisionId' | 'createdAt'>;

/** A decision with its measures, in order. */
export interface DecisionWithMeasures {
  decision: DecisionEntity;
  measures: DecisionMeasureEntity[];
}

/** A document as decisionsOfProceedingSql() returns it: the rows as json. */
export interface DecisionJson {
  decision: Record<string, unknown>;
  measures: Record<string, unknown>[] | null;
}

/**
 * The documents of one proceeding as a json array (null when none), oldest first, each with its
 * measures by position (amount and area as text: numeric, exact): a scalar subquery, so that a
 * proceeding's detail reads its documents in the same statement as its other parts.
 * `proceedingId` is the SQL expression of the id (a parameter such as `$1`).
 */
export const decisionsOfProceedingSql = (proceedingId: string) => `(
  SELECT json_agg(json_build_object('decision', d, 'measures', (
           SELECT json_agg(to_jsonb(x) || jsonb_build_object(
                             'amount', x.amount::text, 'area', x.area::text) ORDER BY x.position)
             FROM decision_measure x WHERE x.decision_id = d.id))
           ORDER BY d.issued_on, d.created_at, d.register_no)
    FROM decision d WHERE d.proceeding_id = ${proceedingId})`;

/** The entities of decisionsOfProceedingSql()'s json, as the finds would give them. */
export function decisionsFromJson(
  manager: EntityManager,
  rows: readonly DecisionJson[] | null,
): DecisionWithMeasures[] {
  return (rows ?? []).map((r) => ({
    decision: entityFromJson(manager, DecisionEntity, r.decision),
    measures: entitiesFromJson(manager, DecisionMeasureEntity, r.measures),
  }));
}

/** Every query on decision and decision_measure. */
@Injectable()
export class DecisionsRepository {
  constructor(
    @InjectRepository(DecisionEntity) private readonly repo: Repository<DecisionEntity>,
  ) {}

  async insert(
    manager: EntityManager,
    values: NewDecision,
    measures: readonly NewMeasure[],
  ): Promise<DecisionWithMeasures> {
    const result = await manager.insert(DecisionEntity, values);
    const id = (result.identifiers[0] as { id: string }).id;
    if (measures.length > 0) {
      await manager.insert(
        DecisionMeasureEntity,
        measures.map((m) => ({ ...m, decisionId: id })),
      );
    }
    return this.findWithMeasures(manager, id) as Promise<DecisionWithMeasures>;
  }

  async findWithMeasures(manager: EntityManager, id: string): Promise<DecisionWithMeasures | null> {
    const decision = await manager.findOneBy(DecisionEntity, { id });
    if (!decision) return null;
    const measures = await manager.find(DecisionMeasureEntity, {
      where: { decisionId: id },
      order: { position: 'ASC' },
    });
    return { decision, measures };
  }

  /** Every document of a proceeding, oldest first, with the measures (one statement). */
  async listForProceeding(
    proceedingId: string,
    manager?: EntityManager,
  ): Promise<DecisionWithMeasures[]> {
    const m = manager ?? this.repo.manager;
    const [row] = await m.query<{ decisions: DecisionJson[] | null }[]>(
      `SELECT ${decisionsOfProceedingSql('$1')} AS decisions`,
      [proceedingId],
    );
    return decisionsFromJson(m, row?.decisions ?? null);
  }

  async setLegalEffect(
    manager: EntityManager,
    id: string,
    legalEffect: Pick<DecisionEntity, 'legalEffectOn' | 'legalEffectExplanation'>,
  ): Promise<void> {
    await manager.query(
      `UPDATE decision SET legal_effect_on = $2, legal_effect_explanation = $3,
              version = version + 1, updated_at = now() WHERE id = $1`,
      [id, legalEffect.legalEffectOn, JSON.stringify(legalEffect.legalEffectExplanation)],
    );
  }
}
