import { performance } from 'node:perf_hooks';

import { DataSource } from 'typeorm';

import { createApp } from '../../src/bootstrap';
import { PasswordHasher } from '../../src/common/crypto/password-hasher';
import type { ContentType } from '../../src/cases/domain/case-enums';
import { type VisitListFilter, VisitsRepository } from '../../src/reception/visits.repository';
import { type BenchDatabase, benchConfig } from './bench-db';
import { SEED_VISITS, seedReception } from './reception-seed';

const PASSWORD = 'mat-khau-do-hieu-nang-1';
const USERNAME = 'bench-reception';
const REQUESTS = 300;

interface Scenario {
  name: string;
  query: Record<string, string>;
}

const SCENARIOS: Scenario[] = [
  { name: 'first page (20)', query: {} },
  {
    name: 'complaints, one quarter',
    query: { contentType: 'complaint', from: '2025-01-01', to: '2025-03-31' },
  },
  {
    name: 'delegations, 2025',
    query: { isDelegation: 'true', from: '2025-01-01', to: '2025-12-31' },
  },
  { name: 'page 50 (by cursor)', query: { cursor: '' } },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function time(n: number, work: () => Promise<void>): Promise<{ p50: number; p95: number }> {
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

/** The one officer who recorded every seeded visit (kept across runs on the same database). */
async function benchOfficer(ds: DataSource): Promise<{ id: string; agencyId: string }> {
  const found = await ds.query<{ id: string; agency_id: string }[]>(
    'SELECT id, agency_id FROM officer WHERE username = $1',
    [USERNAME],
  );
  const rows = found.length
    ? found
    : await ds.query<{ id: string; agency_id: string }[]>(
        `INSERT INTO officer (username, full_name, agency_id, roles, password_hash)
         SELECT $1, 'Cán bộ tiếp công dân đo hiệu năng', id, '{reception_officer}', $2
           FROM agency WHERE code = 'HN-TTTP' RETURNING id, agency_id`,
        [USERNAME, await new PasswordHasher().hash(PASSWORD)],
      );
  return { id: rows[0]!.id, agencyId: rows[0]!.agency_id };
}

function filterOf(query: Record<string, string>, agencyId: string): VisitListFilter {
  return {
    agencyIds: [agencyId],
    limit: 20,
    from: query.from,
    to: query.to,
    contentType: query.contentType as ContentType | undefined,
    isDelegation: query.isDelegation === 'true' ? true : undefined,
    cursor: query.cursor,
  };
}

/** The cursor of page 50 of the officer's list, walked once through the API. */
async function deepCursor(url: string, headers: Record<string, string>): Promise<string> {
  let cursor = '';
  for (let page = 1; page < 50; page++) {
    const res = await fetch(`${url}?limit=20${cursor ? `&cursor=${cursor}` : ''}`, { headers });
    cursor = ((await res.json()) as { nextCursor: string }).nextCursor;
  }
  return cursor;
}

async function tokenOf(base: string): Promise<string> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: USERNAME, password: PASSWORD }),
  });
  return ((await login.json()) as { accessToken: string }).accessToken;
}

/**
 * P4 (DESIGN.md §10): GET /api/v1/reception/visits on 20k seeded visits, as the officer who
 * recorded them (so every page decrypts and audits 20 identities), against the list SQL alone.
 */
export async function benchReception(db: BenchDatabase): Promise<void> {
  const config = await benchConfig(db);
  const app = await createApp({ config, databaseUrl: db.url });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const ds = app.get(DataSource);
    const officer = await benchOfficer(ds);
    const seeded = await seedReception(ds, config, officer.id);
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const headers = { Authorization: `Bearer ${await tokenOf(base)}` };
    const url = `${base}/api/v1/reception/visits`;
    const repo = app.get(VisitsRepository);
    const cursor = await deepCursor(url, headers);
    console.log(
      `\nReception visit list (P4), ${SEED_VISITS.toLocaleString('en-US')} visits${seeded ? ' (seeded now)' : ''}, ${REQUESTS} sequential requests each`,
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
        `  ${s.name.padEnd(26)} API p50 ${api.p50.toFixed(1)} ms  p95 ${api.p95.toFixed(1)} ms | SQL p95 ${sql.p95.toFixed(1)} ms → bound 1.3×SQL+20 = ${bound.toFixed(1)} ms ${api.p95 <= bound ? 'OK' : 'OVER'}; target ≤ 100 ms ${api.p95 <= 100 ? 'OK' : 'OVER'}`,
      );
    }
  } finally {
    await app.close();
  }
}
