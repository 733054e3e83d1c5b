import { rm } from 'node:fs/promises';

import { Client } from 'pg';

import { TEST_ENV } from './test-env';

interface Stoppable {
  stop(): Promise<void>;
}

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const templateDb = process.env[TEST_ENV.templateDb];
  if (adminUrl && templateDb) {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client
      .query(`DROP DATABASE IF EXISTS "${templateDb}" WITH (FORCE)`)
      .catch(() => undefined);
    await client.end();
  }
  await (globalThis as { __KNTC_PG__?: Stoppable }).__KNTC_PG__?.stop();
  const own = (globalThis as { __KNTC_PG_OWN__?: string }).__KNTC_PG_OWN__;
  if (own) {
    await rm(own, { recursive: true, force: true });
    await rm(`${own}.password`, { force: true });
  }
}
