import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type Repository } from 'typeorm';

import { DecisionMeasureEntity } from './decision-measure.entity';
import { DecisionEntity } from './decision.entity';

export type NewDecision = Omit<DecisionEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
export type NewMeasure = Omit<DecisionMeasureEntity, 'id' | 'decisionId' | 'createdAt'>;

/** A decision with its measures, in order. */
export interface DecisionWithMeasures {
  decision: DecisionEntity;
  measures: DecisionMeasureEntity[];
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

  /** Every document of a proceeding, oldest first, with the measures (two queries). */
  async listForProceeding(
    proceedingId: string,
    manager?: EntityManager,
  ): Promise<DecisionWithMeasures[]> {
    const m = manager ?? this.repo.manager;
    // both by the proceeding, read together (in a transaction: one pipelined round trip)
    const [decisions, measures] = await Promise.all([
      m.find(DecisionEntity, {
        where: { proceedingId },
        order: { issuedOn: 'ASC', createdAt: 'ASC', registerNo: 'ASC' },
      }),
      m
        .createQueryBuilder(DecisionMeasureEntity, 'x')
        .where(
          'x.decision_id IN (SELECT d.id FROM decision d WHERE d.proceeding_id = :proceedingId)',
          {
            proceedingId,
          },
        )
        .orderBy('x.position', 'ASC')
        .getMany(),
    ]);
    if (decisions.length === 0) return [];
    return decisions.map((decision) => ({
      decision,
      measures: measures.filter((x) => x.decisionId === decision.id),
    }));
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
