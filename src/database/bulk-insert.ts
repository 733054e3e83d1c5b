import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { columnRecord } from './json-rows';

/** Rows per statement: one JSON parameter, far below PostgreSQL's 1 GB limit for a value. */
const ROWS_PER_STATEMENT = 2_000;

/**
 * Inserts many rows of an entity's table in one statement per 2,000 rows: the rows travel as
 * one JSON parameter, turned back into the table's row type by `json_populate_recordset`, so the
 * text depends only on the columns given (it is prepared once per connection) and every value
 * keeps its column's type. The rows are keyed by the entity's property names (as TypeORM's
 * `insert` takes them); the columns are the first row's keys, every row must have the same keys,
 * and columns not given take their defaults. For bulk writes (imports); a single row's insert
 * stays with its repository.
 */
export async function insertRows<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: readonly Partial<E>[],
): Promise<void> {
  if (rows.length === 0) return;
  const table = `"${manager.connection.getMetadata(entity).tableName}"`;
  const list = columnRecord(manager, entity, rows[0]!).columns.join(', ');
  const sql = `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows
      .slice(i, i + ROWS_PER_STATEMENT)
      .map((row) => columnRecord(manager, entity, row).record);
    await manager.query(sql, [JSON.stringify(chunk)]);
  }
}
