import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../../src/database/data-source-options';
import { queryInSnapshot } from '../../src/statistics/summary/snapshot-lanes';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

// queryInSnapshot: the statements of one statistics read run on up to two connections that share
// one REPEATABLE READ snapshot, take extra connections only when the pool has one free, and give
// every connection back (committed or rolled back) whatever happens.

type Pool = { totalCount: number; idleCount: number; waitingCount: number };
const poolOf = (ds: DataSource) => (ds.driver as unknown as { master: Pool }).master;

describe('statistics statements in one snapshot over several connections', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let writer: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions({ url: db.url, poolSize: 4 })).initialize();
    writer = new Client({ connectionString: db.url });
    await writer.connect();
    await writer.query('CREATE TABLE lane_probe (n int)');
    await writer.query('INSERT INTO lane_probe VALUES (1)');
  });
  afterAll(async () => {
    await writer.end();
    await ds.destroy();
    await db.drop();
  });

  const count = {
    sql: 'SELECT count(*)::int AS n, pg_backend_pid() AS pid FROM lane_probe',
    params: [],
  };

  it('every lane sees the snapshot taken at the start, not rows committed after it', async () => {
    // a row is committed after the first connection exported its snapshot and before the
    // second one joins it: neither lane may see it
    const pool = poolOf(ds) as Pool & { connect: () => Promise<unknown> };
    const connect = pool.connect.bind(pool);
    let calls = 0;
    pool.connect = async () => {
      const client = await connect();
      calls += 1;
      if (calls === 2) await writer.query('INSERT INTO lane_probe VALUES (2)');
      return client;
    };
    let results: Record<string, unknown>[][];
    try {
      results = await queryInSnapshot(ds, [count, count, count, count]);
    } finally {
      pool.connect = connect;
    }
    expect(calls).toBe(2);
    expect(results.map((rows) => (rows[0] as { n: number }).n)).toEqual([1, 1, 1, 1]);
    const pids = new Set(results.map((rows) => (rows[0] as { pid: number }).pid));
    expect(pids.size).toBe(2);
    const after = await queryInSnapshot(ds, [count]);
    expect((after[0]![0] as { n: number }).n).toBe(2);
  });

  it('uses one connection when the pool has none free, and still answers', async () => {
    const held = [1, 2, 3].map(() => ds.createQueryRunner());
    for (const r of held) await r.connect();
    try {
      const results = await queryInSnapshot(ds, [count, count, count]);
      const pids = new Set(results.map((rows) => (rows[0] as { pid: number }).pid));
      expect(pids.size).toBe(1);
    } finally {
      for (const r of held) await r.release();
    }
  });

  it('rolls back and gives every connection back when a statement fails', async () => {
    const bad = { sql: 'SELECT 1 / 0 AS x', params: [] };
    await expect(queryInSnapshot(ds, [count, bad, count, count])).rejects.toThrow(
      /division by zero/,
    );
    const pool = poolOf(ds);
    expect(pool.idleCount).toBe(pool.totalCount);
    const again = await queryInSnapshot(ds, [count, count]);
    expect(again).toHaveLength(2);
  });
});
