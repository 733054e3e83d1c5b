import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

import type { RawChainRow } from './domain/seal-check';

const MIN_POS = '-9223372036854775808';
/** Every column as PostgreSQL's text: no Date, no JSON.parse on the fetching thread. */
const AS_TEXT = { getTypeParser: () => (value: string) => value };

const CHAIN_BATCH = `SELECT c.pos::text, e.seq::text,
    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    e.actor_id, e.action, e.entity_type, e.entity_id, e.agency_id, e.request_id, e.data, e.mac,
    c.prev_hash, c.hash
  FROM audit_chain c JOIN audit_event e ON e.seq = c.seq
 WHERE c.pos > $1::bigint ORDER BY c.pos LIMIT $2`;

/**
 * The whole chain for the verifier: keyset batches in `pos` order as raw text rows (RawChainRow),
 * on one connection, each next batch queried before this one is handed over. One READ ONLY
 * transaction (READ COMMITTED: no snapshot held between batches) without parallel plans: for a
 * batch the gather costs more than it saves, and the verifier's threads need the cores.
 */
export async function* readChain(
  dataSource: DataSource,
  batchSize: number,
): AsyncGenerator<RawChainRow[]> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  const fetch = (after: string) =>
    client.query<RawChainRow>({
      text: CHAIN_BATCH,
      values: [after, batchSize],
      rowMode: 'array',
      types: AS_TEXT,
    });
  let next: ReturnType<typeof fetch> | null = null;
  let open = false;
  try {
    await client.query('BEGIN READ ONLY');
    open = true;
    await client.query('SET LOCAL max_parallel_workers_per_gather = 0');
    next = fetch(MIN_POS);
    while (next) {
      const rows: RawChainRow[] = (await next).rows;
      const last = rows.at(-1);
      next = last && rows.length === batchSize ? fetch(last[0]) : null;
      if (rows.length > 0) yield rows;
    }
    open = false;
    await client.query('COMMIT');
  } finally {
    await next?.catch(() => undefined);
    if (open) await client.query('ROLLBACK').catch(() => undefined);
    await runner.release();
  }
}
