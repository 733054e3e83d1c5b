import { Client } from 'pg';
import type { Response } from 'supertest';

import type { TestApp } from './test-app';

export interface Interleaving {
  /** Taken first in a second session, e.g. `LOCK TABLE x IN ACCESS EXCLUSIVE MODE`. */
  lock: string;
  /** Run in that session once the request waits on the lock (or has finished), then committed. */
  change: [sql: string, params: unknown[]];
  /** The HTTP request under test (started here). */
  request: () => PromiseLike<Response>;
}

/** Does some session of this test database wait on a lock? */
async function someoneWaits(t: TestApp): Promise<boolean> {
  const rows = await t.dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return (rows[0]?.n ?? 0) > 0;
}

/**
 * A race made deterministic: a second session takes `lock` (a table the request reads between its
 * check and its write), the request starts and stops on it, the session writes `change` and
 * commits — so the change lands after the request read the row and before it writes. A request
 * that no longer reads that table in between simply finishes first; either way its answer is
 * returned once the change is committed.
 */
export async function interleave(t: TestApp, i: Interleaving): Promise<Response> {
  const other = new Client({ connectionString: t.db.url });
  await other.connect();
  try {
    await other.query('BEGIN');
    await other.query(i.lock);
    let finished = false;
    const pending = Promise.resolve(i.request()).finally(() => {
      finished = true;
    });
    const deadline = Date.now() + 10_000;
    while (!finished && !(await someoneWaits(t))) {
      if (Date.now() > deadline) throw new Error('the request neither finished nor waited');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await other.query(i.change[0], i.change[1]);
    await other.query('COMMIT');
    return await pending;
  } finally {
    await other.end();
  }
}
