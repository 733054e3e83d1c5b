import 'reflect-metadata';

import { join, resolve } from 'node:path';

import { Client } from 'pg';

import { runMigrations } from '../../src/database/migrate';
import { TEST_ENV } from './test-env';

/**
 * Starts one PostgreSQL for the whole run (DATABASE_URL when set, else the embedded one in
 * data/pg-test), creates a template database named for this run and migrates it once. Each test
 * file then clones it (test/support/test-db.ts).
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env.DATABASE_URL;
  let adminUrl: string;
  if (external) {
    adminUrl = external;
  } else {
    const { startEmbeddedPostgres } = await import('../../src/database/embedded-postgres');
    const dataDir = resolve(__dirname, '../../data');
    const start = (cluster: string) =>
      startEmbeddedPostgres({
        dataDir,
        cluster,
        database: 'postgres',
        unsafeFast: true,
        throwaway: true,
      });
    // Another test run on this machine may be using data/pg-test: then use a cluster of our own.
    const { ClusterInUseError } = await import('../../src/database/stale-postmaster');
    const embedded = await start('pg-test').catch((error: Error) => {
      if (!(error instanceof ClusterInUseError)) throw error;
      const own = `pg-test-${process.pid}`;
      (globalThis as { __KNTC_PG_OWN__?: string }).__KNTC_PG_OWN__ = join(dataDir, own);
      return start(own);
    });
    (globalThis as { __KNTC_PG__?: unknown }).__KNTC_PG__ = embedded;
    adminUrl = embedded.adminUrl;
  }
  const templateDb = `kntc_test_template_${process.pid}_${Date.now().toString(36)}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${templateDb}"`);
  } finally {
    await client.end();
  }
  const templateUrl = withDatabase(adminUrl, templateDb);
  await runMigrations(templateUrl);
  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.templateDb] = templateDb;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
