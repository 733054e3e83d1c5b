import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { MIGRATIONS } from '../../migrations';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

describe('migrations', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolSize: 2 })).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('lists every migration file in migrations/index.ts, in timestamp order', () => {
    const files = readdirSync(join(__dirname, '../../migrations'))
      .filter((f) => /^\d{13}-[A-Za-z]+\.ts$/.test(f))
      .sort();
    const names = MIGRATIONS.map((m) => new m().name ?? m.name);
    expect(names).toEqual(files.map((f) => f.replace(/^(\d+)-(\w+)\.ts$/, '$2$1')));
  });

  it('has run every migration in the template', async () => {
    const executed = await dataSource.query<{ name: string }[]>('SELECT name FROM migration');
    expect(executed).toHaveLength(MIGRATIONS.length);
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('leaves no drift between entities and migrations', async () => {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('runs every down and then every up again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    const left = await dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM migration');
    expect(Number(left[0]?.n)).toBe(0);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    const drift = await dataSource.driver.createSchemaBuilder().log();
    expect(drift.upQueries).toEqual([]);
  });
});
