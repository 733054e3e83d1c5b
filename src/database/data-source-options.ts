import type { DataSourceOptions } from 'typeorm';

import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';
import { PreparingClient } from './preparing-client';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DatabaseConnectionSettings {
  url: string;
  poolSize?: number;
  statementTimeoutMs?: number;
  applicationName?: string;
  /**
   * Bulk loaders only (the demo seed): commits return before their WAL reaches the disk
   * (`synchronous_commit = off`). A crash can lose the last fraction of a second of commits, never
   * consistency; the service itself always commits durably.
   */
  asyncCommit?: boolean;
}

/** Session settings of every connection (the startup packet's `options`). */
function sessionOptions(settings: DatabaseConnectionSettings): string {
  const options = ['-c default_transaction_isolation=read\\ committed'];
  if (settings.asyncCommit) options.push('-c synchronous_commit=off');
  return options.join(' ');
}

/** The ONE DataSource options object, used by the app, the CLI, the tests and the bench. */
export function dataSourceOptions(settings: DatabaseConnectionSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    applicationName: settings.applicationName ?? 'kntc',
    connectTimeoutMS: 5_000,
    poolSize: settings.poolSize ?? 10,
    extra: {
      statement_timeout: settings.statementTimeoutMs ?? 30_000,
      idle_in_transaction_session_timeout: 60_000,
      // every connection's transactions are READ COMMITTED unless a statement says otherwise, so
      // runInTransaction opens one with START TRANSACTION alone (no second round trip)
      options: sessionOptions(settings),
      // repeated parameterised statements become named prepared statements (preparing-client.ts)
      Client: PreparingClient,
      // a statement is sent at once, not after the previous one's reply: a caller that does not
      // await one before the next (the idempotency reply and its COMMIT) spends one round trip
      pipeline: true,
    },
  };
}
