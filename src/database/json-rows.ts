import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { entityFromJson } from './json-entity';

/*
 * One row written or locked in one statement, read back as json and hydrated as a find would
 * give it (json-entity.ts) — no SELECT after an INSERT, no query builder on every action. Used by
 * the decisions and the proceedings (complaints, denunciations) on every step. A table's numeric or bigint columns would have to be
 * cast to text (entityFromJson refuses a json number there): these tables' rows have none but
 * decision_measure's, which decisions.repository.ts casts.
 */

/** A row keyed by column names (as json_populate_record reads it), and its quoted columns. */
export function columnRecord<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  values: Partial<E>,
): { columns: string[]; record: Record<string, unknown> } {
  const metadata = manager.connection.getMetadata(target);
  const record: Record<string, unknown> = {};
  for (const [property, value] of Object.entries(values)) {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    record[column.databaseName] = value ?? null;
  }
  return { columns: Object.keys(record).map((c) => `"${c}"`), record };
}

/** Inserts one row (columns not given take their defaults) and returns it as written. */
export async function insertRow<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  values: Partial<E>,
): Promise<E> {
  const table = manager.connection.getMetadata(target).tableName;
  const { columns, record } = columnRecord(manager, target, values);
  const list = columns.join(', ');
  const [written] = await manager.query<{ row: Record<string, unknown> }[]>(
    `INSERT INTO "${table}" AS r (${list})
     SELECT ${list} FROM json_populate_record(NULL::"${table}", $1::json)
     RETURNING to_json(r) AS row`,
    [JSON.stringify(record)],
  );
  return entityFromJson(manager, target, written!.row);
}

/** The row of `id` locked until the transaction ends (SELECT … FOR UPDATE), or null. */
export async function lockRow<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  id: string,
): Promise<E | null> {
  const table = manager.connection.getMetadata(target).tableName;
  const [found] = await manager.query<{ row: Record<string, unknown> }[]>(
    `SELECT to_json(r) AS row FROM "${table}" r WHERE r.id = $1 FOR UPDATE`,
    [id],
  );
  return found ? entityFromJson(manager, target, found.row) : null;
}
