import { Client } from 'pg';

import type { AppConfig } from '../config/app-config';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseTarget {
  url: string;
  embedded: EmbeddedPostgres | null;
  /** Stops the embedded server (no-op for an external one). */
  stop(): Promise<void>;
}

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db` for messages and logs. */
export function maskUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

export class DatabaseUnavailableError extends Error {
  constructor(url: string, reason: string) {
    super(`Không kết nối được cơ sở dữ liệu ${maskUrl(url)}: ${reason}`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Fails fast, with one readable line, when the server cannot be reached or refuses us. */
export async function checkConnection(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error instanceof Error && error.message ? error.message : String(error);
    throw new DatabaseUnavailableError(url, reason);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL in `<dataDir>/pg`. */
export async function openDatabaseTarget(config: AppConfig): Promise<DatabaseTarget> {
  if (config.databaseUrl) {
    await checkConnection(config.databaseUrl);
    return { url: config.databaseUrl, embedded: null, stop: () => Promise.resolve() };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPgPort,
    database: 'kntc',
  });
  return { url: embedded.url, embedded, stop: () => embedded.stop() };
}
