import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { withDatabase } from '../setup/global-setup';
import { TEST_ENV } from '../setup/test-env';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run e2e tests through jest (globalSetup)`);
  return value;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: required(TEST_ENV.adminUrl) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, cloned from the migrated template (~0.1 s). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const worker = process.env.JEST_WORKER_ID ?? '0';
  const name = `kntc_test_${worker}_${randomBytes(4).toString('hex')}`;
  const template = required(TEST_ENV.templateDb);
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}" STRATEGY FILE_COPY`);
  return {
    name,
    url: withDatabase(required(TEST_ENV.adminUrl), name),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
