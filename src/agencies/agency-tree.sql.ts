/**
 * Read queries over the agency tree (parameterised; dates are cast to text so that the driver
 * returns `YYYY-MM-DD` strings, never JS Dates).
 */

/** A unit is in force on $1 when valid_from <= $1 <= valid_to (null = open). */
const IN_FORCE = (alias: string, param: string) =>
  `${alias}.valid_from <= ${param}::date AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= ${param}::date)`;

/** The whole tree in force on $1, depth-first by code path. */
export const TREE_AS_OF_SQL = `
  WITH RECURSIVE tree AS (
    SELECT a.id, 0 AS depth, ARRAY[a.code::text] AS path
      FROM agency a
     WHERE a.parent_id IS NULL AND ${IN_FORCE('a', '$1')}
    UNION ALL
    SELECT c.id, t.depth + 1, t.path || c.code::text
      FROM agency c JOIN tree t ON c.parent_id = t.id
     WHERE ${IN_FORCE('c', '$1')}
  )
  SELECT a.id, a.code, a.name, a.level, a.kind, a.parent_id AS "parentId", t.depth,
         a.valid_from::text AS "validFrom", a.valid_to::text AS "validTo", a.version
    FROM tree t JOIN agency a ON a.id = t.id
   ORDER BY t.path COLLATE "C"`;

/**
 * $1 and its descendants, those below the root filtered by `where` (the root is always kept: its
 * records stay its own after it ends). Two texts, not one with `$2 IS NULL OR …`: each is a
 * read by key that the pool prepares (preparing-client.ts), and it runs on every scoped action.
 */
const subtreeIds = (where: string) => `
  WITH RECURSIVE tree AS (
    SELECT a.id FROM agency a WHERE a.id = $1
    UNION
    SELECT c.id FROM agency c JOIN tree t ON c.parent_id = t.id${where}
  )
  SELECT id FROM tree`;

/** $1 and its descendants in force on $2. */
export const SUBTREE_IDS_AS_OF_SQL = subtreeIds(`\n     WHERE ${IN_FORCE('c', '$2')}`);
/** $1 and its descendants over all time. */
export const SUBTREE_IDS_ALL_TIME_SQL = subtreeIds('');

/**
 * Each unit of $1 and its parents, up to $2 levels in all, the unit first (one query for all the
 * units, not one per level).
 */
export const ANCESTRY_SQL = `
  WITH RECURSIVE up AS (
    SELECT a.id AS start_id, a.id, a.parent_id, a.code, a.name, a.kind, a.valid_to, 1 AS depth
      FROM agency a WHERE a.id = ANY($1::uuid[])
    UNION ALL
    SELECT up.start_id, p.id, p.parent_id, p.code, p.name, p.kind, p.valid_to, up.depth + 1
      FROM agency p JOIN up ON p.id = up.parent_id
     WHERE up.depth < $2
  )
  SELECT start_id AS "startId", id, code, name, kind, valid_to::text AS "validTo"
    FROM up ORDER BY start_id, depth`;

/** Predecessors ($2 = 'successor_id') or successors ($2 = 'predecessor_id') of $1. */
const linksSql = (self: string, other: string) => `
  SELECT s.${other} AS "agencyId", a.code, a.name, s.kind, s.effective_on::text AS "effectiveOn"
    FROM agency_succession s JOIN agency a ON a.id = s.${other}
   WHERE s.${self} = $1
   ORDER BY s.effective_on, a.code`;

export const PREDECESSORS_SQL = linksSql('successor_id', 'predecessor_id');
export const SUCCESSORS_SQL = linksSql('predecessor_id', 'successor_id');

/** Children of $1 still in force after $2 (or open). */
export const CHILDREN_OUTLIVING_SQL = `
  SELECT id, valid_from::text AS "validFrom", valid_to::text AS "validTo"
    FROM agency
   WHERE parent_id = $1 AND (valid_to IS NULL OR valid_to > $2::date)`;
