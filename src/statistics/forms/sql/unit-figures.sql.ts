/**
 * Wraps the facts of one form into ONE statement that produces every figure per report unit plus
 * the total: the facts (one row per record, tagged with its agency) are mapped to their unit through
 * `unnest($1 agency ids, $2 unit ids)` and aggregated with `GROUP BY ROLLUP (unit)`, so the total row
 * (unitId null) is computed over every agency id of the scope in the same pass.
 * Parameters of every form statement: $1 agency ids, $2 their unit ids, $3 from, $4 to (dates).
 * Built once at module load from constant fragments; no request input is ever concatenated.
 */
export type FigureExpressions = Readonly<Record<string, string>>;

export function unitFiguresSql(facts: string, figures: FigureExpressions): string {
  const selects = Object.entries(figures).map(
    ([source, expression]) => `COALESCE(${expression}, 0) AS "${source}"`,
  );
  return `
  WITH unit_map AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS u(agency_id, unit_id)),
  facts AS (${facts})
  SELECT u.unit_id AS "unitId", ${selects.join(',\n    ')}
    FROM facts f JOIN unit_map u ON u.agency_id = f.agency_id
   GROUP BY ROLLUP (u.unit_id)`;
}

/** `count(*) FILTER (WHERE …)`. */
export const countWhere = (condition: string): string => `count(*) FILTER (WHERE ${condition})`;

/** Distinct cases (vụ việc) among the facts matching the condition. */
export const casesWhere = (condition: string): string =>
  `count(DISTINCT f.case_id) FILTER (WHERE ${condition})`;

/** Sum of a column over the facts matching the condition. */
export const sumWhere = (column: string, condition: string): string =>
  `sum(${column}) FILTER (WHERE ${condition})`;
