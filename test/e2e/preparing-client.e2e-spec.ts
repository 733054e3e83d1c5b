import { DataSource, type EntityManager } from 'typeorm';

import { dataSourceOptions } from '../../src/database/data-source-options';
import { MAX_PREPARED_PER_CONNECTION } from '../../src/database/preparing-client';
import { readStatistics } from '../../src/statistics/summary/read-only';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

// The pool's clients prepare the parameterised statements they run more than once (named
// statements, parsed once per connection); one-off texts and statements without parameters are
// sent unnamed; statistics transactions plan every call for its own parameters.

interface Prepared {
  statement: string;
  generic_plans: string;
  custom_plans: string;
}

describe('prepared statements of the pool (PreparingClient)', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    // one connection: every statement of a test runs on the client whose statements it reads
    ds = await new DataSource(dataSourceOptions({ url: db.url, poolSize: 1 })).initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  const prepared = (m: EntityManager | DataSource = ds) =>
    m.query<Prepared[]>(
      'SELECT statement, generic_plans::text, custom_plans::text FROM pg_prepared_statements',
    );
  const find = (rows: Prepared[], text: string) => rows.find((r) => r.statement === text);

  it('prepares a parameterised statement the second time it runs, and reuses it', async () => {
    const text = 'SELECT $1::int * 2 AS doubled';
    expect((await ds.query<{ doubled: number }[]>(text, [1]))[0]!.doubled).toBe(2);
    expect(find(await prepared(), text)).toBeUndefined();
    for (let i = 2; i <= 8; i++) {
      expect((await ds.query<{ doubled: number }[]>(text, [i]))[0]!.doubled).toBe(i * 2);
    }
    const row = find(await prepared(), text)!;
    // 7 executions of one prepared statement: PostgreSQL settles on a generic plan after 5
    expect(Number(row.generic_plans) + Number(row.custom_plans)).toBe(7);
    expect(Number(row.generic_plans)).toBeGreaterThan(0);
  });

  it('sends statements without parameters unnamed', async () => {
    const text = "SELECT 'không tham số' AS t";
    for (let i = 0; i < 3; i++) await ds.query(text);
    expect(find(await prepared(), text)).toBeUndefined();
  });

  it('reports a failing prepared statement as the same client error, and goes on', async () => {
    const text = 'SELECT 1 / $1::int AS q';
    await ds.query(text, [1]);
    await ds.query(text, [1]);
    await expect(ds.query(text, [0])).rejects.toMatchObject({ code: '22012' });
    expect((await ds.query<{ q: number }[]>(text, [1]))[0]!.q).toBe(1);
  });

  it('plans statistics statements for their own parameters (custom plans only)', async () => {
    const text = 'SELECT count(*)::int AS n FROM generate_series(1, $1::int)';
    const rows = await readStatistics(ds, async (m) => {
      for (let i = 1; i <= 8; i++) await m.query(text, [i]);
      return prepared(m);
    });
    const row = find(rows, text)!;
    expect(row.generic_plans).toBe('0');
    expect(row.custom_plans).toBe('7');
  });

  it(`keeps at most ${MAX_PREPARED_PER_CONNECTION} statements per connection`, async () => {
    for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + 20; i++) {
      const text = `SELECT $1::int + ${i} AS n`;
      await ds.query(text, [1]);
      await ds.query(text, [1]);
    }
    expect((await prepared()).length).toBe(MAX_PREPARED_PER_CONNECTION);
  });
});
