import { FIGURE_KEYS, type FigureKey } from '../domain/summary-shape';
import {
  FIGURE_DEFINITIONS,
  type FigureDefinition,
  figureDefinition,
  figurePredicate,
} from './figure-definitions';
import { bindPeriod, type FigureSource, sourceSql } from './figure-sources';
import { PETITION_COUNT_OF, PETITION_COUNTS } from './petition-counts.sql';

/**
 * SQL built from the figure definitions. Parameters: $1 agency ids, $2 from, $3 to; grouped
 * statements add $4 agency ids and $5 the unit id of each (unnest pairs); record lists add $4 the
 * cursor key and $5 the page size. Every text below is assembled from constants only.
 */

/** The figures of a source, in FIGURE_KEYS order. */
export function figuresOf(source: FigureSource): FigureKey[] {
  return FIGURE_KEYS.filter((key) => FIGURE_DEFINITIONS[key].source === source);
}

function aggregate(def: FigureDefinition): string {
  const where = bindPeriod(figurePredicate(def));
  if (def.quantity !== undefined) {
    return `COALESCE(SUM(${def.quantity}) FILTER (WHERE ${where}), 0)::text`;
  }
  return `COUNT(*) FILTER (WHERE ${where})::text`;
}

/** Column alias of the i-th figure of a statement. */
export const figureColumn = (index: number) => `f${index}`;

/**
 * Sources whose summary reads counted rows instead of the records: each figure is the sum of an
 * expression over them (petition-counts.sql.ts). Their drill-down lists still read the records.
 */
const COUNTED: Partial<Record<FigureSource, { sql: string; of: typeof PETITION_COUNT_OF }>> = {
  petitions: { sql: PETITION_COUNTS, of: PETITION_COUNT_OF },
};

function countedSum(expression: string): string {
  return `COALESCE(SUM(${expression}), 0)::text`;
}

/**
 * One statement per source: scans the source once and counts all its figures with FILTER (or
 * sums its counted rows). With `grouped`, one row per report unit (GROUP BY over the agency → unit
 * pairs) plus, from ROLLUP, the total row with a null unit_id (the units partition the scope);
 * else one total row.
 */
export function summarySql(source: FigureSource, grouped: boolean): string {
  const counted = COUNTED[source];
  const columns = figuresOf(source)
    .map((key, i) => {
      const value = counted ? countedSum(counted.of[key]!) : aggregate(FIGURE_DEFINITIONS[key]);
      return `${value} AS "${figureColumn(i)}"`;
    })
    .join(',\n    ');
  const from = `FROM (${counted ? bindPeriod(counted.sql) : sourceSql(source)}) r`;
  if (!grouped) return `SELECT NULL::text AS unit_id,\n    ${columns}\n  ${from}`;
  return `SELECT u.unit_id::text AS unit_id,\n    ${columns}\n  ${from}
  JOIN unnest($4::uuid[], $5::uuid[]) AS u(agency_id, unit_id) ON u.agency_id = r.agency_id
  GROUP BY ROLLUP (u.unit_id)`;
}

/** The value of one figure (the `figure` block of a drilled list). */
export function figureValueSql(key: FigureKey): string {
  const def = figureDefinition(key);
  return `SELECT ${aggregate(def)} AS value FROM (${sourceSql(def.source)}) r`;
}

/**
 * The records one figure counts, keyset-paginated by id ($4: the last id, or null): exactly the
 * rows the summary's COUNT/SUM … FILTER counts, with the quantity each adds for `sum` figures.
 */
export function figureRecordsSql(key: FigureKey): string {
  const def = figureDefinition(key);
  const quantity = def.quantity === undefined ? 'NULL' : `(${def.quantity})::text`;
  return `SELECT r.id::text AS key, r.agency_id::text AS "agencyId", r.ref, r."on"::text AS "on",
    ${quantity} AS quantity
  FROM (${sourceSql(def.source)}) r
  WHERE (${bindPeriod(figurePredicate(def))}) AND ($4::uuid IS NULL OR r.id > $4::uuid)
  ORDER BY r.id LIMIT $5`;
}

/** Placeholders of the caller's statement for the figure's parameters (agency ids, from, to). */
export interface FigurePlaceholders {
  readonly agencyIds: string;
  readonly from: string;
  readonly to: string;
}

/**
 * The ids of the records one figure counts, as a sub-query for a list endpoint's WHERE
 * (`p.id IN (…)`): the same source and predicate as the summary's COUNT … FILTER, with the
 * parameters renumbered into the caller's statement, so a drilled list counts what the figure does.
 */
export function figureIdsSql(key: FigureKey, ph: FigurePlaceholders): string {
  const def = figureDefinition(key);
  const sql = `SELECT r.id FROM (${sourceSql(def.source)}) r WHERE ${bindPeriod(figurePredicate(def))}`;
  const names: Readonly<Record<string, string>> = {
    $1: `${ph.agencyIds}::uuid[]`,
    $2: ph.from,
    $3: ph.to,
  };
  return sql.replace(/\$[123](?![0-9])/g, (m) => names[m]!);
}

/** The figures a list over `source` can drill into (`?figure=` on that list). */
export function listFiguresOf(source: FigureSource): FigureKey[] {
  return figuresOf(source);
}
