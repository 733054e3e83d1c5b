import { resolve } from 'node:path';

import type { AppConfig } from '../../src/config/app-config';
import { loadAppConfigFromProcess } from '../../src/config/process-env';
import { withLocalSecrets } from '../../src/config/secrets';
import { checkConnection } from '../../src/database/database-target';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { runMigrations } from '../../src/database/migrate';

export interface BenchDatabase {
  url: string;
  description: string;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL in data/pg-bench with durable settings
 * (fsync and synchronous_commit on), so that figures mean what production would see.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const config = loadAppConfigFromProcess();
  if (config.databaseUrl) {
    await checkConnection(config.databaseUrl);
    await runMigrations(config.databaseUrl);
    return { url: config.databaseUrl, description: 'DATABASE_URL', stop: () => Promise.resolve() };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: resolve(config.dataDir),
    cluster: 'pg-bench',
    database: 'kntc_bench',
    throwaway: true,
  });
  await runMigrations(embedded.url);
  return {
    url: embedded.url,
    description: `embedded PostgreSQL (data/pg-bench, port ${embedded.port})`,
    stop: () => embedded.stop(),
  };
}

/** The app's configuration for a bench run: this database, quiet logs, local secrets. */
export function benchConfig(db: BenchDatabase): Promise<AppConfig> {
  const base = loadAppConfigFromProcess().with({ databaseUrl: db.url, logLevel: 'error' });
  return withLocalSecrets(base);
}
