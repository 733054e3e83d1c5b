import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../../src/database/data-source-options';
import { runInTransaction } from '../../src/database/transaction';
import { createTestDatabase, type TestDatabase } from '../support/test-db';
import { recordWire } from '../support/wire';

// runInTransaction: READ COMMITTED from the connection's default (START TRANSACTION pipelined with
// the first statement), joins an
// outer transaction, and rolls everything back when the work throws.

describe('runInTransaction', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(dataSourceOptions({ url: db.url, poolSize: 2 })).initialize();
    await ds.query('CREATE TABLE tx_probe (n int)');
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  /** Runs `fn` while recording what pg clients send and when each answer arrives. */
  async function onTheWire<T>(fn: () => Promise<T>): Promise<{ result: T; wire: string[] }> {
    const wire = recordWire();
    try {
      return { result: await fn(), wire: wire.events };
    } finally {
      wire.restore();
    }
  }

  it('runs READ COMMITTED, opened by START TRANSACTION sent with the first statement', async () => {
    const { result: level, wire } = await onTheWire(() =>
      runInTransaction(ds, async (m) => {
        const rows = await m.query<{ transaction_isolation: string }[]>(
          'SHOW transaction_isolation',
        );
        return rows[0]?.transaction_isolation;
      }),
    );
    expect(level).toBe('read committed');
    const sent = wire.filter((w) => w.startsWith('sent ')).map((w) => w.slice(5));
    expect(sent).toEqual(['START TRANSACTION', 'SHOW transaction_isolation', 'COMMIT']);
    // pipelined: the first statement leaves before START TRANSACTION is answered
    expect(wire.slice(0, 2)).toEqual(['sent START TRANSACTION', 'sent SHOW transaction_isolation']);
  });

  it('keeps what TypeORM expects of an open transaction: a nested one is a savepoint', async () => {
    const { wire } = await onTheWire(() =>
      runInTransaction(ds, async (m) => {
        await m.query('INSERT INTO tx_probe VALUES (10)');
        await m
          .transaction(async (nested) => {
            await nested.query('INSERT INTO tx_probe VALUES (11)');
            throw new Error('nested failure');
          })
          .catch(() => undefined);
      }),
    );
    const sent = wire.filter((w) => w.startsWith('sent ')).map((w) => w.slice(5));
    expect(sent).toEqual([
      'START TRANSACTION',
      'INSERT INTO tx_probe VALUES (10)',
      'SAVEPOINT typeorm_1',
      'INSERT INTO tx_probe VALUES (11)',
      'ROLLBACK TO SAVEPOINT typeorm_1',
      'COMMIT',
    ]);
    const rows = await ds.query<{ n: number }[]>('SELECT n FROM tx_probe ORDER BY n');
    expect(rows.map((r) => r.n)).toEqual([10]);
    await ds.query('DELETE FROM tx_probe');
  });

  it('rolls back and releases the connection when the work throws', async () => {
    const attempt = runInTransaction(ds, async (m) => {
      await m.query('INSERT INTO tx_probe VALUES (20)');
      throw new Error('work failure');
    });
    await expect(attempt).rejects.toThrow('work failure');
    // both pooled connections are free again (poolSize 2)
    const counts = await Promise.all(
      [1, 2].map(() =>
        runInTransaction(ds, (m) => m.query<{ n: string }[]>('SELECT count(*) AS n FROM tx_probe')),
      ),
    );
    expect(counts.map((c) => Number(c[0]?.n))).toEqual([0, 0]);
  });

  it('joins the outer transaction and rolls back both when the inner work throws', async () => {
    const attempt = runInTransaction(ds, async (outer) => {
      await outer.query('INSERT INTO tx_probe VALUES (1)');
      await runInTransaction(ds, async (inner) => {
        expect(inner).toBe(outer);
        await inner.query('INSERT INTO tx_probe VALUES (2)');
        throw new Error('inner failure');
      });
    });
    await expect(attempt).rejects.toThrow('inner failure');
    const rows = await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM tx_probe');
    expect(Number(rows[0]?.n)).toBe(0);
  });
});
