import { randomBytes } from 'node:crypto';

import { DataSource } from 'typeorm';

import { createApp } from '../../src/bootstrap';
import { PasswordHasher } from '../../src/common/crypto/password-hasher';
import { type BenchDatabase, benchConfig } from './bench-db';
import { formatLoad, runLoad } from './http-load';

const PASSWORD = 'mat-khau-do-hieu-nang-1';

async function createBenchOfficer(dataSource: DataSource): Promise<string> {
  const username = `bench-${randomBytes(4).toString('hex')}`;
  const agency = await dataSource.query<{ id: string }[]>(
    "SELECT id FROM agency WHERE code = 'HN-TTTP' LIMIT 1",
  );
  await dataSource.query(
    `INSERT INTO officer (username, full_name, agency_id, roles, password_hash)
     VALUES ($1, 'Cán bộ đo hiệu năng', $2, '{reception_officer}', $3)`,
    [username, agency[0]?.id, await new PasswordHasher().hash(PASSWORD)],
  );
  return username;
}

/** POST /api/v1/auth/login at 10 concurrent: argon2id-bound; p99 printed with the hash cost. */
export async function benchLogin(db: BenchDatabase): Promise<void> {
  const config = await benchConfig(db);
  const app = await createApp({ config, databaseUrl: db.url });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    // one account per connection: concurrent attempts on one account count against its
    // throttle before hashing (by design), which is not what this measures
    const usernames: string[] = [];
    for (let i = 0; i < 10; i++) usernames.push(await createBenchOfficer(app.get(DataSource)));
    const hasher = new PasswordHasher();
    const hash = await hasher.hash(PASSWORD);
    const started = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) await hasher.verify(hash, PASSWORD);
    const verifyMs = Number(process.hrtime.bigint() - started) / 1e6 / 20;
    const url = `${await app.getUrl()}/api/v1/auth/login`.replace('[::1]', '127.0.0.1');
    const result = await runLoad({
      name: 'KNTC POST /api/v1/auth/login (argon2id)',
      url,
      method: 'POST',
      bodies: usernames.map((username) => JSON.stringify({ username, password: PASSWORD })),
      headers: { 'content-type': 'application/json' },
    });
    console.log('\nLogin, 10 connections over 10 accounts, 5 s after 1 s warm-up');
    console.log(formatLoad(result));
    const bound = (1000 / verifyMs) * 2;
    console.log(
      `  one argon2id verify: ${verifyMs.toFixed(1)} ms → CPU bound ≈ ${bound.toFixed(0)} logins/s on 2 cores`,
    );
  } finally {
    // Let requests still in flight when the load stopped finish before the pool closes.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await app.close();
  }
}
