import type { EntityManager } from 'typeorm';

import type { AppError } from '../common/errors/app-error';
import { staleVersion } from '../common/errors/common-errors';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export interface VersionedUpdate {
  /** snake_case table name (an identifier, never user input). */
  table: string;
  id: string;
  /** The version the editor read; the update applies only if the row still has it. */
  version: number;
  /** snake_case column → new value; values are sent as parameters. */
  set: Readonly<Record<string, unknown>>;
  /** Integer columns to increment by one as well, e.g. `token_version`. */
  increment?: readonly string[];
  /** Also set `updated_at = now()` (default true). */
  touchUpdatedAt?: boolean;
  /** The error when the row does not exist (default: the stale-version 409). */
  notFound?: () => AppError;
}

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
  return `"${name}"`;
}

function assignments(update: VersionedUpdate): { sql: string; values: unknown[] } {
  const entries = Object.entries(update.set);
  const parts = entries.map(([column], i) => `${identifier(column)} = $${i + 3}`);
  for (const column of update.increment ?? []) {
    parts.push(`${identifier(column)} = ${identifier(column)} + 1`);
  }
  if (update.touchUpdatedAt ?? true) parts.push('"updated_at" = now()');
  parts.push('"version" = "version" + 1');
  return { sql: parts.join(', '), values: entries.map(([, value]) => value) };
}

/**
 * Optimistic locking without TypeORM's save() (which does not check the version):
 * `UPDATE … SET …, version = version + 1 WHERE id = $1 AND version = $2 RETURNING *`. Returns the
 * updated row (snake_case columns as PostgreSQL names them); throws `staleVersion()` — 409
 * STALE_VERSION with the current version — when another write got there first.
 */
export async function updateWithVersion<Row extends object = Record<string, unknown>>(
  manager: EntityManager,
  update: VersionedUpdate,
): Promise<Row> {
  const table = identifier(update.table);
  const { sql, values } = assignments(update);
  // A data-modifying CTE, so that the driver returns plain rows for every statement kind.
  const rows = await manager.query<Row[]>(
    `WITH updated AS (UPDATE ${table} SET ${sql} WHERE "id" = $1 AND "version" = $2 RETURNING *)
     SELECT * FROM updated`,
    [update.id, update.version, ...values],
  );
  const row = rows[0];
  if (row) return row;
  const current = await manager.query<{ version: number }[]>(
    `SELECT "version" FROM ${table} WHERE "id" = $1`,
    [update.id],
  );
  const found = current[0];
  if (!found && update.notFound) throw update.notFound();
  throw staleVersion(found?.version);
}
