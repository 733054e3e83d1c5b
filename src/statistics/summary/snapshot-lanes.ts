import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

import { REPORT_SETTINGS } from '../../database/report-settings';
import { STATISTICS_WORK_MEM } from './read-only';

/** One read-only statement of a statistics read. */
export interface SnapshotStatement {
  sql: string;
  params: readonly unknown[];
}

/** Connections a statistics read may use at once: the cores of the target machine (DESIGN §10). */
export const STATISTICS_LANES = 2;

const SESSION = `${REPORT_SETTINGS}; SET LOCAL work_mem = '${STATISTICS_WORK_MEM}'; SET LOCAL max_parallel_workers_per_gather = 0`;
const LEADER = `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; ${SESSION}; SELECT pg_export_snapshot() AS id`;
const SNAPSHOT_ID = /^[0-9A-F]+-[0-9A-F]+-[0-9]+$/i;

function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/** A connection only if the pool can give one without waiting (so a lane never waits holding one). */
function connectIfFree(pool: Pool): Promise<PoolClient> | null {
  const free = pool.idleCount > 0 || pool.totalCount < (pool.options.max ?? 10);
  return free && pool.waitingCount === 0 ? pool.connect() : null;
}

async function exportSnapshot(leader: PoolClient): Promise<string> {
  const results = (await leader.query(LEADER)) as unknown as { rows: { id?: string }[] }[];
  const id = results.at(-1)?.rows[0]?.id;
  if (!id || !SNAPSHOT_ID.test(id)) throw new Error(`unexpected snapshot id: ${String(id)}`);
  return id;
}

async function joinSnapshot(follower: PoolClient, id: string): Promise<PoolClient> {
  const begin = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';
  await follower.query(`${begin}; SET TRANSACTION SNAPSHOT '${id}'; ${SESSION}`);
  return follower;
}

/** The first failure of settled promises, thrown; else their values. */
function valuesOrThrow<T>(settled: PromiseSettledResult<T>[]): T[] {
  const failure = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
}

/** Runs the statements, each lane taking the next one in order; results in statement order. */
async function drain(
  lanes: readonly PoolClient[],
  statements: readonly SnapshotStatement[],
): Promise<Record<string, unknown>[][]> {
  const results: Record<string, unknown>[][] = statements.map(() => []);
  let next = 0;
  const lane = async (client: PoolClient): Promise<void> => {
    try {
      while (next < statements.length) {
        const i = next++;
        const s = statements[i]!;
        const result = await client.query<Record<string, unknown>>(s.sql, s.params as unknown[]);
        results[i] = result.rows;
      }
    } catch (error) {
      next = statements.length; // the other lanes stop after their current statement
      throw error;
    }
  };
  valuesOrThrow(await Promise.allSettled(lanes.map(lane)));
  return results;
}

/**
 * Read-only statements of one statistics read, all in ONE snapshot (REPEATABLE READ), spread over
 * up to `width` connections: the first exports its snapshot (pg_export_snapshot) and the others
 * import it (SET TRANSACTION SNAPSHOT), so every statement sees the same data whichever lane runs
 * it. Extra lanes are taken only when the pool has a free connection at once — a lane never waits
 * for a connection while holding another, so concurrent reads cannot deadlock on the pool; under
 * load a read simply runs on fewer lanes. JIT off and work_mem as in readStatistics. Put the
 * costliest statements first: lanes take them in order.
 */
export async function queryInSnapshot(
  dataSource: DataSource,
  statements: readonly SnapshotStatement[],
  width = STATISTICS_LANES,
): Promise<Record<string, unknown>[][]> {
  const pool = poolOf(dataSource);
  const clients: PoolClient[] = [await pool.connect()];
  let failed = false;
  try {
    const id = await exportSnapshot(clients[0]!);
    const wanted = Math.min(width, statements.length) - 1;
    const joining: Promise<PoolClient>[] = [];
    for (let i = 0; i < wanted; i++) {
      const free = connectIfFree(pool);
      if (!free) break;
      joining.push(
        free.then((c) => {
          clients.push(c);
          return joinSnapshot(c, id);
        }),
      );
    }
    const joined = valuesOrThrow(await Promise.allSettled(joining));
    return await drain([clients[0]!, ...joined], statements);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await Promise.all(
      clients.map(async (c) => {
        const end = await c.query(failed ? 'ROLLBACK' : 'COMMIT').then(
          () => undefined,
          (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
        );
        c.release(end);
      }),
    );
  }
}
