import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../../src/database/data-source-options';
import { runInTransaction } from '../../src/database/transaction';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

// runInTransaction: READ COMMITTED from the connection's default (one round trip to open), joins an
// outer transaction, and rolls everything back when the work throws.

type QueryFn = (this: Client, ...args: unknown[]) => unknown;

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

  it('runs READ COMMITTED, opened by START TRANSACTION alone', async () => {
    const proto = Client.prototype as unknown as { query: QueryFn };
    const original = proto.query;
    const sent: string[] = [];
    proto.query = function (this: Client, ...args: unknown[]) {
      const first = args[0];
      sent.push(typeof first === 'string' ? first : ((first as { text?: string }).text ?? ''));
      return original.apply(this, args);
    };
    let level: string | undefined;
    try {
      level = await runInTransaction(ds, async (m) => {
        const rows = await m.query<{ transaction_isolation: string }[]>(
          'SHOW transaction_isolation',
        );
        return rows[0]?.transaction_isolation;
      });
    } finally {
      proto.query = original;
    }
    expect(level).toBe('read committed');
    expect(sent).toEqual(['START TRANSACTION', 'SHOW transaction_isolation', 'COMMIT']);
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
