import { performance } from 'node:perf_hooks';

import { DataSource } from 'typeorm';

import { createApp } from '../../src/bootstrap';
import { PasswordHasher } from '../../src/common/crypto/password-hasher';
import {
  type PetitionListFilter,
  PetitionListRepository,
} from '../../src/petitions/petition-list.repository';
import { type BenchDatabase, benchConfig } from './bench-db';
import { SEED_PETITIONS, seedPetitions } from './petitions-seed';

const PASSWORD = 'mat-khau-do-hieu-nang-1';
const USERNAME = 'bench-petition-list';
const REQUESTS = 200;
const TODAY = '2026-03-10';

const SCENARIOS: { name: string; query: Record<string, string> }[] = [
  { name: 'first page (20)', query: {} },
  {
    name: 'denunciations, one year',
    query: { type: 'denunciation', from: '2024-01-01', to: '2024-12-31' },
  },
  { name: 'forwarded by an agency', query: { source: 'forwarded_by_agency' } },
  { name: 'open (status received)', query: { status: 'received' } },
  { name: 'overdue', query: { overdue: 'true' } },
  { name: 'text "thu hoi dat"', query: { text: 'thu hoi dat' } },
  { name: 'page 50 (by cursor)', query: { cursor: '' } },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function time(n: number, work: () => Promise<void>) {
  for (let i = 0; i < 10; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function benchOfficer(ds: DataSource): Promise<{ id: string; agencyId: string }> {
  const found = await ds.query<{ id: string; agency_id: string }[]>(
    'SELECT id, agency_id FROM officer WHERE username = $1',
    [USERNAME],
  );
  const rows = found.length
    ? found
    : await ds.query<{ id: string; agency_id: string }[]>(
        `INSERT INTO officer (username, full_name, agency_id, roles, password_hash)
         SELECT $1, 'Cán bộ xử lý đơn đo hiệu năng', id, '{petition_handler}', $2
           FROM agency WHERE code = 'HN-TTTP' RETURNING id, agency_id`,
        [USERNAME, await new PasswordHasher().hash(PASSWORD)],
      );
  return { id: rows[0]!.id, agencyId: rows[0]!.agency_id };
}

async function tokenOf(base: string): Promise<string> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: USERNAME, password: PASSWORD }),
  });
  return ((await login.json()) as { accessToken: string }).accessToken;
}

async function deepCursor(url: string, headers: Record<string, string>): Promise<string> {
  let cursor = '';
  for (let page = 1; page < 50; page++) {
    const res = await fetch(`${url}?limit=20${cursor ? `&cursor=${cursor}` : ''}`, { headers });
    cursor = ((await res.json()) as { nextCursor: string }).nextCursor;
  }
  return cursor;
}

const filterOf = (q: Record<string, string>, agencyId: string): PetitionListFilter => ({
  agencyIds: [agencyId],
  today: TODAY,
  limit: 20,
  from: q.from,
  to: q.to,
  type: q.type as PetitionListFilter['type'],
  source: q.source as PetitionListFilter['source'],
  status: q.status as PetitionListFilter['status'],
  overdue: q.overdue === 'true' ? true : undefined,
  text: q.text,
  cursor: q.cursor,
});

/**
 * P4 (DESIGN §10): GET /api/v1/petitions on 200k seeded petitions (60k at the officer's agency),
 * as the officer who recorded the signatories (each page decrypts and audits their identities),
 * against the page query alone: p95 ≤ 100 ms and ≤ 1.3 × SQL + 20 ms.
 */
export async function benchPetitionList(db: BenchDatabase): Promise<void> {
  const config = await benchConfig(db);
  const app = await createApp({ config, databaseUrl: db.url });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const ds = app.get(DataSource);
    const officer = await benchOfficer(ds);
    const started = performance.now();
    const seeded = await seedPetitions(ds, config, officer);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const headers = { Authorization: `Bearer ${await tokenOf(base)}` };
    const url = `${base}/api/v1/petitions`;
    const repo = app.get(PetitionListRepository);
    const cursor = await deepCursor(url, headers);
    console.log(
      `\nPetition list (P4), ${SEED_PETITIONS.toLocaleString('en-US')} petitions${seeded ? ` (seeded now in ${seconds} s)` : ''}, ${REQUESTS} sequential requests each`,
    );
    for (const s of SCENARIOS) {
      const query = 'cursor' in s.query ? { cursor } : s.query;
      const qs = new URLSearchParams({ limit: '20', ...query }).toString();
      const api = await time(REQUESTS, async () => {
        const res = await fetch(`${url}?${qs}`, { headers });
        if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
        await res.arrayBuffer();
      });
      const sql = await time(REQUESTS, async () => {
        await repo.list(filterOf(query, officer.agencyId));
      });
      const bound = 1.3 * sql.p95 + 20;
      console.log(
        `  ${s.name.padEnd(28)} API p50 ${api.p50.toFixed(1)} ms  p95 ${api.p95.toFixed(1)} ms | SQL p95 ${sql.p95.toFixed(1)} ms → bound 1.3×SQL+20 = ${bound.toFixed(1)} ms ${api.p95 <= bound ? 'OK' : 'OVER'}; target ≤ 100 ms ${api.p95 <= 100 ? 'OK' : 'OVER'}`,
      );
    }
  } finally {
    await app.close();
  }
}
