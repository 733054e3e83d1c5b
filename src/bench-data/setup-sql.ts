import { type BenchSql, lit } from './sql-helpers';

/** Communes and wards of the old 3-level Hà Nội tree (until 30/6/2025), ~580 as in 2024. */
export const OLD_COMMUNES = 580;
export const OLD_TREE_END = '2025-06-30';
export const NEW_TREE_START = '2025-07-01';

/**
 * The ~580 communes of the old tree under the districts seeded by the migrations (synthetic names
 * and codes `<district>-X01…`), valid until 30/6/2025, each merged into one of the 126 communes of
 * the 2-level tree on 1/7/2025. Idempotent (skips codes already there).
 */
export function oldCommunesSql(): string {
  return `
  WITH d AS (
    SELECT id, code, name, row_number() OVER (ORDER BY code) AS n, count(*) OVER () AS total
      FROM agency WHERE level = 'district' AND valid_to = date ${lit(OLD_TREE_END)}),
  c AS (
    SELECT d.id AS parent_id, d.code || '-X' || lpad(k::text, 2, '0') AS code,
           (CASE WHEN k % 3 = 0 THEN 'Ủy ban nhân dân phường số ' ELSE 'Ủy ban nhân dân xã số ' END)
             || k || ' (' || replace(d.name, 'Ủy ban nhân dân ', '') || ')' AS name
      FROM d, generate_series(1, ${OLD_COMMUNES} / d.total::int
        + CASE WHEN d.n <= ${OLD_COMMUNES} % d.total THEN 1 ELSE 0 END) k)
  INSERT INTO agency (code, name, level, kind, parent_id, valid_from, valid_to)
  SELECT c.code, c.name, 'commune', 'people_committee', c.parent_id, date '2008-08-01',
         date ${lit(OLD_TREE_END)}
    FROM c WHERE NOT EXISTS (SELECT 1 FROM agency a WHERE a.code = c.code)`;
}

export function oldCommuneSuccessionSql(): string {
  return `
  WITH n AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS total
               FROM agency WHERE level = 'commune' AND valid_from >= date ${lit(NEW_TREE_START)}),
  o AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS i FROM agency
         WHERE level = 'commune' AND valid_to = date ${lit(OLD_TREE_END)} AND code LIKE '%-X__')
  INSERT INTO agency_succession (predecessor_id, successor_id, effective_on, kind)
  SELECT o.id, n.id, date ${lit(NEW_TREE_START)}, 'merge' FROM o JOIN n ON n.i = o.i % n.total
  ON CONFLICT DO NOTHING`;
}

/**
 * Three officers per agency (reception officer, petition handler and investigator, leader) whose
 * password hash is not a hash: nobody can log in as them.
 */
export function officersSql(sql: BenchSql): string {
  const roles = [
    [1, `ARRAY['reception_officer']`, 'Cán bộ tiếp công dân'],
    [2, `ARRAY['petition_handler','investigator']`, 'Cán bộ xử lý đơn'],
    [3, `ARRAY['leader']`, 'Lãnh đạo'],
  ] as const;
  const selects = roles.map(
    ([k, r, title]) => `SELECT ${sql.officer('a.id', k)} AS id,
      'bench${sql.seed}-' || lower(a.code) || '-${k}' AS username,
      ${lit(title)} || ' ' || a.code || ' (dữ liệu đo hiệu năng)' AS full_name, a.id AS agency_id,
      ${r}::varchar[] AS roles FROM agency a`,
  );
  return `INSERT INTO officer (id, username, full_name, agency_id, roles, password_hash)
    SELECT id, username, full_name, agency_id, roles, '!bench-data-no-login' FROM (${selects.join(' UNION ALL ')}) o
    ON CONFLICT DO NOTHING`;
}

/** Active agencies of a month, by class (records are spread province 25 %, district 30 %, commune 45 %). */
export const AGENCY_POOLS_SQL = `
  SELECT level, array_agg(id ORDER BY code) AS ids FROM agency
   WHERE valid_from <= $1::date AND (valid_to IS NULL OR valid_to >= $2::date)
     AND kind IN ('people_committee', 'inspectorate', 'reception_board')
   GROUP BY level`;
