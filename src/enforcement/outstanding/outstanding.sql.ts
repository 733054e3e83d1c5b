// The outstanding worklist (tồn đọng, DOMAIN §6.2) computed in SQL, one query per page: the
// decisions effective by `at` and not complete at the end of that day (completion caches), with,
// over their open items, what is still to collect or return (required − valid entries dated up to
// `at`, never below 0), the open / overdue counts and the responsible bodies. Keyset: the sort key
// of the last row; `total` counts the whole filtered list. Never reads identity tables.
//
// Parameters: $1 agency ids, $2 as-of day, $3 responsible body (null = all), $4 money item types,
// $5 land item types, $6 limit + 1, $7..$10 the cursor's key (after the first page only).

import type { BacklogSort } from '../domain/outstanding';

export type SortOrder = 'asc' | 'desc';

/** The key columns in sort order; every key has the same direction, the id breaks ties. */
export const SORT_KEYS: Readonly<Record<BacklogSort, readonly string[]>> = {
  age: ['"ageDays"', 'money', 'land', 'id'],
  amount: ['money', 'land', '"ageDays"', 'id'],
};

const CURSOR_TYPES: Readonly<Record<string, string>> = {
  '"ageDays"': 'int',
  money: 'numeric',
  land: 'numeric',
  id: 'uuid',
};

const OPEN_ITEM = (alias: string) =>
  `(${alias}.completed_on IS NULL OR ${alias}.completed_on > $2::date)`;

export function outstandingSql(sort: BacklogSort, order: SortOrder, after: boolean): string {
  const keys = SORT_KEYS[sort];
  const dir = order === 'desc' ? 'DESC' : 'ASC';
  const cmp = order === 'desc' ? '<' : '>';
  const cursor = keys.map((k, n) => `$${n + 7}::${CURSOR_TYPES[k]}`).join(', ');
  return `
  WITH d AS (
    SELECT d.id, d.decision_id AS "decisionId", d.agency_id AS "agencyId", d.kind,
           d.number_symbol AS "numberSymbol", d.legal_effect_on::text AS "legalEffectOn",
           ($2::date - d.legal_effect_on) AS "ageDays"
      FROM enforcement_decision d
     WHERE d.agency_id = ANY($1::uuid[]) AND d.legal_effect_on <= $2::date
       AND ${OPEN_ITEM('d')}
       AND ($3::text IS NULL OR EXISTS (
         SELECT 1 FROM enforcement_item b
          WHERE b.responsible_body = $3 AND b.enforcement_decision_id = d.id AND ${OPEN_ITEM('b')}))
  ), open_item AS (
    SELECT i.enforcement_decision_id AS did, i.responsible_body AS body, i.due_on,
           CASE WHEN i.type = ANY($4::text[])
                THEN GREATEST(COALESCE(i.amount, 0) - COALESCE(SUM(p.amount), 0), 0) ELSE 0 END AS money,
           CASE WHEN i.type = ANY($5::text[])
                THEN GREATEST(COALESCE(i.area, 0) - COALESCE(SUM(p.area), 0), 0) ELSE 0 END AS land
      FROM enforcement_item i
      JOIN d ON d.id = i.enforcement_decision_id
      LEFT JOIN enforcement_progress p
        ON p.item_id = i.id AND p.voided_by_reopening_id IS NULL AND p."on" <= $2::date
     WHERE ${OPEN_ITEM('i')}
     GROUP BY i.id
  ), per_decision AS (
    SELECT did, count(*)::int AS "openItems",
           (count(*) FILTER (WHERE due_on < $2::date))::int AS "overdueItems",
           SUM(money) AS money, SUM(land) AS land,
           array_agg(DISTINCT body ORDER BY body) FILTER (WHERE body IS NOT NULL) AS bodies
      FROM open_item GROUP BY did
  ), w AS (
    SELECT d.*, COALESCE(x."openItems", 0) AS "openItems",
           COALESCE(x."overdueItems", 0) AS "overdueItems",
           COALESCE(x.money, 0) AS money, COALESCE(x.land, 0) AS land,
           COALESCE(x.bodies, '{}') AS "responsibleBodies"
      FROM d LEFT JOIN per_decision x ON x.did = d.id
  )
  SELECT c.total, x.id, x."decisionId", x."agencyId", x.kind, x."numberSymbol",
         x."legalEffectOn", x."ageDays", x."openItems", x."overdueItems",
         x.money::text AS money, x.land::text AS land, x."responsibleBodies" FROM (SELECT count(*)::int AS total FROM w) c
  LEFT JOIN LATERAL (
    SELECT w.id, w."decisionId", w."agencyId", w.kind, w."numberSymbol", w."legalEffectOn",
           w."ageDays", w."openItems", w."overdueItems", w.money, w.land, w."responsibleBodies"
      FROM w
     ${after ? `WHERE (${keys.map((k) => `w.${k}`).join(', ')}) ${cmp} (${cursor})` : ''}
     ORDER BY ${keys.map((k) => `w.${k} ${dir}`).join(', ')}
     LIMIT $6) x ON true
  ORDER BY ${keys.map((k) => `x.${k} ${dir}`).join(', ')}`;
}

/** One row per decision of the page; a single row with a null id when the page is empty. */
export interface OutstandingRow {
  id: string | null;
  decisionId: string | null;
  agencyId: string;
  kind: string;
  numberSymbol: string;
  legalEffectOn: string;
  ageDays: number;
  openItems: number;
  overdueItems: number;
  /** numeric as text ('2600000000', '2982.50'). */
  money: string;
  land: string;
  responsibleBodies: string[];
  total: number;
}
