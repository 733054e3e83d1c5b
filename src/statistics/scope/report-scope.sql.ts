/**
 * The subtree of $1 over all time, each node tagged with the child of $1 it rolls up to
 * (`unitId`; null for $1 itself). Records keep their agency after a unit ends (DOMAIN Product
 * decision 7), so every period counts the whole historic subtree and no record is lost.
 */
export const ROLL_UP_SQL = `
  WITH RECURSIVE tree AS (
    SELECT a.id, NULL::uuid AS unit_id FROM agency a WHERE a.id = $1
    UNION ALL
    SELECT c.id, COALESCE(t.unit_id, c.id) FROM agency c JOIN tree t ON c.parent_id = t.id
  )
  SELECT t.id, t.unit_id AS "unitId" FROM tree t`;

/** The agency $1 and its direct children, with their validity as text dates. */
export const UNITS_SQL = `
  SELECT a.id, a.code, a.name, a.level, a.parent_id AS "parentId",
         a.valid_from::text AS "validFrom", a.valid_to::text AS "validTo"
    FROM agency a
   WHERE a.id = $1 OR a.parent_id = $1
   ORDER BY (a.id = $1) DESC, a.code COLLATE "C"`;
