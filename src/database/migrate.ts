import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source-options';

export interface MigrationReport {
  applied: string[];
}

/**
 * Migrations run without the service's statement timeout (0: none): a backfill or an index build
 * on a large database (the nation dataset: 4M visits, 500k proceedings) takes minutes, and a
 * timeout would roll the migration back half way through a deployment.
 */
async function withDataSource<T>(url: string, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const options = dataSourceOptions({ url, poolSize: 2, statementTimeoutMs: 0 });
  const dataSource = new DataSource({ ...options, logging: false });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Runs every pending migration, each in its own transaction. */
export function runMigrations(url: string): Promise<MigrationReport> {
  return withDataSource(url, async (ds) => {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return { applied: applied.map((m) => m.name) };
  });
}

export function revertLastMigration(url: string): Promise<void> {
  return withDataSource(url, (ds) => ds.undoLastMigration({ transaction: 'each' }));
}

export function pendingMigrations(url: string): Promise<boolean> {
  return withDataSource(url, (ds) => ds.showMigrations());
}
