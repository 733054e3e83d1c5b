import type { Client } from 'pg';

/** The large tables whose secondary indexes are built once after the load, not row by row. */
const LOADED_TABLES = [
  'case',
  'case_person',
  'person',
  'petition',
  'petition_event',
  'petition_signatory',
  'reception_visit',
  'reception_visit_person',
  'resolution_event',
  'audit_event',
];

export interface DroppedIndex {
  name: string;
  def: string;
}

/**
 * Drops the secondary indexes of the large tables (not those backing a primary key or another
 * constraint, which foreign keys and exclusion rules need) and returns their definitions.
 */
export async function dropSecondaryIndexes(db: Client): Promise<DroppedIndex[]> {
  const res = await db.query<DroppedIndex>(
    `SELECT quote_ident(ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY t.relname, ic.relname`,
    [LOADED_TABLES],
  );
  for (const index of res.rows) await db.query(`DROP INDEX ${index.name}`);
  return res.rows;
}

/** Builds the dropped indexes again (unique ones validate the generated numbering). */
export async function recreateIndexes(
  db: Client,
  indexes: DroppedIndex[],
  log: (line: string) => void,
): Promise<void> {
  await db.query(`SET maintenance_work_mem = '256MB'`);
  for (const index of indexes) {
    const t0 = Date.now();
    await db.query(index.def);
    log(`  index ${index.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
}
