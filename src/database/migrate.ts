import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source-options';

export interface MigrationReport {
  applied: string[];
}

async function withDataSource<T>(url: string, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource({ ...dataSourceOptions({ url, poolSize: 2 }), logging: false });
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
