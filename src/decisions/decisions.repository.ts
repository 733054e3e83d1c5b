import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type Repository } from 'typeorm';

import { entitiesFromJson, entityFromJson } from '../database/json-entity';
import { columnRecord } from '../database/json-rows';
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
           SELECT ${measuresJson('x')} FROM decision_measure x WHERE x.decision_id = d.id))
           ORDER BY d.issued_on, d.created_at, d.register_no)
    FROM decision d WHERE d.proceeding_id = ${proceedingId})`;

/** The json array of measure rows `alias` by position, amount and area as text (numeric, exact). */
const measuresJson = (alias: string) =>
  `json_agg(to_jsonb(${alias}) || jsonb_build_object(
     'amount', ${alias}.amount::text, 'area', ${alias}.area::text) ORDER BY ${alias}.position)`;

/** The measure columns in measureRow()'s order (the statement's text when there is none). */
const MEASURE_COLUMNS = [
  'position',
  'type',
  'amount',
  'area',
  'collectives',
  'persons',
  'officials',
  'beneficiaries',
  'note',
].map((c) => `"${c}"`);

/** One decision (`$1`) with its measures, as the json of a DecisionJson. */
const DECISION_WITH_MEASURES = `
  SELECT to_json(d) AS decision,
         (SELECT ${measuresJson('x')} FROM decision_measure x WHERE x.decision_id = d.id) AS measures
    FROM decision d WHERE d.id = $1`;

/**
 * A document and its measures written in one statement, read back from RETURNING (no SELECT after
 * the INSERT): the rows travel as json ($1 the decision, $2 the measures), turned into the
 * tables' row types by json_populate_record(set), columns not given take their defaults.
 */
const insertWithMeasures = (decision: readonly string[], measure: readonly string[]) => `
  WITH d AS (
    INSERT INTO decision (${decision.join(', ')})
    SELECT ${decision.join(', ')} FROM json_populate_record(NULL::decision, $1::json)
    RETURNING *
  ), m AS (
    INSERT INTO decision_measure (decision_id, ${measure.join(', ')})
    SELECT d.id, ${measure.map((c) => `x.${c}`).join(', ')}
      FROM d, json_populate_recordset(NULL::decision_measure, $2::json) x
    RETURNING *
  )
  SELECT to_json(d) AS decision, (SELECT ${measuresJson('m')} FROM m) AS measures FROM d`;

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

  /** The document and its measures: one statement, the rows as written (RETURNING). */
  async insert(
    manager: EntityManager,
    values: NewDecision,
    measures: readonly NewMeasure[],
  ): Promise<DecisionWithMeasures> {
    const decision = columnRecord(manager, DecisionEntity, values);
    const rows = measures.map((m) => columnRecord(manager, DecisionMeasureEntity, m));
    const measureColumns = rows[0]?.columns ?? MEASURE_COLUMNS;
    const [row] = await manager.query<DecisionJson[]>(
      insertWithMeasures(decision.columns, measureColumns),
      [JSON.stringify(decision.record), JSON.stringify(rows.map((r) => r.record))],
    );
    return decisionsFromJson(manager, [row!])[0]!;
  }

  /** One decision with its measures by position (one statement), or null. */
  async findWithMeasures(manager: EntityManager, id: string): Promise<DecisionWithMeasures | null> {
    const [row] = await manager.query<DecisionJson[]>(DECISION_WITH_MEASURES, [id]);
    return row ? decisionsFromJson(manager, [row])[0]! : null;
  }

  /** One decision without its measures, or null. */
  find(manager: EntityManager, id: string): Promise<DecisionEntity | null> {
    return manager.findOneBy(DecisionEntity, { id });
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
