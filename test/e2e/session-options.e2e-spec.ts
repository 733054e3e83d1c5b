import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../../src/database/data-source-options';
import { createTestDatabase, type TestDatabase } from '../support/test-db';

// Every connection of the pool is READ COMMITTED by default (runInTransaction sends START
// TRANSACTION alone) and commits as durably as the server is set to; only a bulk loader (seed:demo) asks for asynchronous
// commit, on its own connections.

describe('session settings of the pool’s connections', () => {
  let db: TestDatabase;
  const opened: DataSource[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const ds of opened) await ds.destroy();
    await db.drop();
  });

  async function settingsOf(asyncCommit?: boolean) {
    const ds = await new DataSource(
      dataSourceOptions({ url: db.url, poolSize: 1, ...(asyncCommit ? { asyncCommit } : {}) }),
    ).initialize();
    opened.push(ds);
    // `source` 'client': set by the connection's startup options (the throwaway test cluster
    // itself runs with synchronous_commit=off, source 'command line')
    const rows = await ds.query<{ name: string; setting: string; source: string }[]>(
      `SELECT name, setting, source FROM pg_settings
        WHERE name IN ('synchronous_commit', 'default_transaction_isolation') ORDER BY name`,
    );
    return Object.fromEntries(rows.map((r) => [r.name, { setting: r.setting, source: r.source }]));
  }

  it('the service leaves commit durability to the server, READ COMMITTED by default', async () => {
    const s = await settingsOf();
    expect(s.default_transaction_isolation).toEqual({
      setting: 'read committed',
      source: 'client',
    });
    expect(s.synchronous_commit!.source).not.toBe('client');
  });

  it('a bulk loader’s connections commit asynchronously, isolation unchanged', async () => {
    expect(await settingsOf(true)).toEqual({
      default_transaction_isolation: { setting: 'read committed', source: 'client' },
      synchronous_commit: { setting: 'off', source: 'client' },
    });
  });
});
