import { DataSource } from 'typeorm';

import { AgencyEntity } from '../../src/agencies/agency.entity';
import { AgencyRepository } from '../../src/agencies/agency.repository';
import { AuditRepository } from '../../src/audit/audit.repository';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { MAX_PREPARED_PER_CONNECTION } from '../../src/database/preparing-client';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

// The pool's clients prepare the writes and reads by key they run more than once (named
// statements, parsed once per connection); value-dependent reads (lists, aggregates, optional
// filters), `*` results, one-off texts and statements without parameters are sent unnamed; a
// statement broken by a migration is prepared afresh.

interface Prepared {
  name: string;
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
    await ds.query('CREATE TABLE prep_probe (n int CHECK (n >= 0), note text)');
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  const prepared = () =>
    ds.query<Prepared[]>(
      `SELECT name, statement, generic_plans::text, custom_plans::text
         FROM pg_prepared_statements ORDER BY name`,
    );
  const find = async (text: string) => (await prepared()).filter((r) => r.statement === text);

  it('prepares an insert the second time it runs, and reuses it', async () => {
    const text = 'INSERT INTO prep_probe (n) VALUES ($1)';
    await ds.query(text, [1]);
    expect(await find(text)).toEqual([]);
    for (let i = 2; i <= 8; i++) await ds.query(text, [i]);
    const [row, ...more] = await find(text);
    expect(more).toEqual([]);
    // 7 executions of one prepared statement: PostgreSQL settles on a generic plan after 5
    expect(Number(row!.generic_plans) + Number(row!.custom_plans)).toBe(7);
    expect(Number(row!.generic_plans)).toBeGreaterThan(0);
    expect(await ds.query('SELECT count(*)::int AS n FROM prep_probe')).toEqual([{ n: 8 }]);
  });

  it('prepares reads by key, and sends value-dependent reads, `*` results and texts without parameters unnamed', async () => {
    const byKey = 'SELECT n, note FROM prep_probe WHERE n = $1 ORDER BY note';
    // a column that may be null is not an optional filter
    const nullableColumn =
      "SELECT n FROM prep_probe WHERE n = $1 AND (note IS NULL OR note <> 'y')";
    const unnamed = [
      'SELECT n FROM prep_probe WHERE n > $1 ORDER BY n LIMIT $2',
      'SELECT n FROM prep_probe WHERE ($1::int IS NULL OR n = $1) AND $2::int > 0',
      'SELECT note, count(*) FROM prep_probe WHERE n > $1 AND $2::int > 0 GROUP BY note',
      'SELECT p.* FROM prep_probe p WHERE p.n = $1 AND $2::int > 0',
      'UPDATE prep_probe SET note = $1 WHERE n = $2 RETURNING *',
    ];
    for (let i = 0; i < 3; i++) {
      await ds.query(byKey, [1]);
      await ds.query(nullableColumn, [1]);
      for (const text of unnamed) await ds.query(text, [1, 1]);
      await ds.query("UPDATE prep_probe SET note = 'x' WHERE n = 2");
    }
    expect((await prepared()).map((r) => r.statement).sort()).toEqual(
      ['INSERT INTO prep_probe (n) VALUES ($1)', byKey, nullableColumn].sort(),
    );
  });

  it("prepares the service's most frequent statements: an action's audit row and an officer's subtree", async () => {
    const audit = new AuditRepository(ds);
    const row = (n: number) => ({
      payload: {
        occurredAt: `2017-03-0${n}T03:00:00.000Z`,
        actorId: null,
        action: 'probe.prepare',
        entityType: 'probe',
        entityId: String(n),
        agencyId: null,
        requestId: null,
        data: {},
      },
      mac: `mac-${n}`,
    });
    const agencies = new AgencyRepository(ds.getRepository(AgencyEntity));
    const [city] = await ds.query<{ id: string }[]>(
      'SELECT id FROM agency WHERE parent_id IS NULL LIMIT 1',
    );
    for (let n = 1; n <= 3; n++) {
      await audit.insert(ds.manager, [row(n)]);
      await agencies.subtreeIds(city!.id, '2017-03-01');
      await agencies.subtreeIds(city!.id, null);
    }
    const texts = (await prepared()).map((r) => r.statement);
    expect(texts.filter((t) => t.includes('INSERT INTO audit_event'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('WITH RECURSIVE tree'))).toHaveLength(2);
    expect(
      await ds.query("SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'probe'"),
    ).toEqual([{ n: 3 }]);
  });

  it('keeps a statement prepared after a constraint violation, which reaches the caller', async () => {
    const text = 'INSERT INTO prep_probe (n) VALUES ($1)';
    await expect(ds.query(text, [-1])).rejects.toMatchObject({ code: '23514' });
    await ds.query(text, [9]);
    expect((await find(text)).map((r) => r.name)).toHaveLength(1);
  });

  it('prepares afresh a statement whose result a migration changed', async () => {
    const text =
      'WITH u AS (UPDATE prep_probe SET note = $1 WHERE n = 3 RETURNING n, note) SELECT n, note FROM u';
    for (let i = 0; i < 3; i++) await ds.query(text, [`lần ${i}`]);
    expect(await find(text)).toHaveLength(1);
    await ds.query('ALTER TABLE prep_probe ALTER COLUMN note TYPE varchar(50)');
    // PostgreSQL refuses the cached plan once (0A000); the next call prepares it again
    await expect(ds.query(text, ['sau'])).rejects.toMatchObject({ code: '0A000' });
    expect(await ds.query(text, ['sau nữa'])).toEqual([{ n: 3, note: 'sau nữa' }]);
    expect(await ds.query(text, ['lần cuối'])).toEqual([{ n: 3, note: 'lần cuối' }]);
  });

  it(`keeps at most ${MAX_PREPARED_PER_CONNECTION} statements per connection`, async () => {
    for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + 20; i++) {
      const text = `INSERT INTO prep_probe (n, note) VALUES ($1, 'mẫu ${i}')`;
      await ds.query(text, [1]);
      await ds.query(text, [1]);
    }
    // the one of the migration test is still on the server, though no longer used
    expect((await prepared()).length).toBeLessThanOrEqual(MAX_PREPARED_PER_CONNECTION + 1);
    expect((await prepared()).length).toBeGreaterThan(MAX_PREPARED_PER_CONNECTION - 5);
  });
});
