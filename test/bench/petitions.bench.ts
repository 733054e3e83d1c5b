import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { AuditSealer } from '../../src/audit/audit-sealer';
import { createApp } from '../../src/bootstrap';
import { PasswordHasher } from '../../src/common/crypto/password-hasher';
import { type BenchDatabase, benchConfig } from './bench-db';
import { runLoad } from './http-load';
import { pgbenchBaseline, roundTrips } from './petitions-baseline';
import { type CapturedStatement, labelOf, SqlCapture } from './sql-capture';

const PASSWORD = 'mat-khau-do-hieu-nang-1';
const CONNECTIONS = 8;
const SECONDS = 10;
/** Agencies of the spread load: one per connection. */
const AGENCIES = 8;

interface Setup {
  base: string;
  token: string;
  body: string;
}

async function handlerToken(ds: DataSource, base: string, agencyCode: string): Promise<string> {
  const username = `bench-don-${randomUUID().slice(0, 8)}`;
  await ds.query(
    `INSERT INTO officer (username, full_name, agency_id, roles, password_hash)
     SELECT $1, 'Cán bộ xử lý đơn đo hiệu năng', id, '{petition_handler}', $2
       FROM agency WHERE code = $3`,
    [username, await new PasswordHasher().hash(PASSWORD), agencyCode],
  );
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  return ((await login.json()) as { accessToken: string }).accessToken;
}

/**
 * HN-TTTP and the first other current units: each desk registers in its own agency's book, as
 * the city's desks do (the city inspectorate's book alone is the worst case: one counter row).
 */
async function spreadAgencies(ds: DataSource): Promise<string[]> {
  const rows = await ds.query<{ code: string }[]>(
    `SELECT code FROM agency WHERE valid_to IS NULL AND code <> 'HN-TTTP' ORDER BY code LIMIT $1`,
    [AGENCIES - 1],
  );
  return ['HN-TTTP', ...rows.map((r) => r.code)];
}

/** A first petition opens the case and registers the person the load then cites by id. */
async function setUp(base: string, token: string): Promise<Setup> {
  const first = await post(base, token, {
    receivedOn: '2026-01-05',
    source: 'post',
    signatoryKind: 'one',
    signatories: [{ identity: { fullName: 'Người đo hiệu năng', address: 'Hà Nội' } }],
    type: 'complaint',
    field: 'admin_land_housing',
    summary: 'Khiếu nại quyết định thu hồi đất (đo hiệu năng)',
    newCase: true,
  });
  const created = (await first.json()) as { case: { id: string }; signatories: { id: string }[] };
  const body = JSON.stringify({
    receivedOn: '2026-01-05',
    source: 'post',
    signatoryKind: 'one',
    signatories: [{ personId: created.signatories[0]!.id }],
    type: 'complaint',
    field: 'admin_land_housing',
    respondent: 'UBND phường Đo Hiệu Năng',
    summary: 'Khiếu nại lần hai về quyết định thu hồi đất (đo hiệu năng)',
    caseId: created.case.id,
  });
  return { base, token, body };
}

function post(base: string, token: string, body: object | string, key?: string) {
  return fetch(`${base}/api/v1/petitions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Requests go to the setups in turn (one agency's book each). */
async function load(setups: readonly Setup[]) {
  const r = await runLoad({
    name: 'POST /api/v1/petitions',
    url: `${setups[0]!.base}/api/v1/petitions`,
    connections: CONNECTIONS,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    variants: setups.map((s) => ({
      body: s.body,
      headers: { authorization: `Bearer ${s.token}` },
    })),
    idempotencyKeys: true,
    warmUpSeconds: 2,
    seconds: SECONDS,
  });
  return { rps: r.requestsPerSecond, p50: r.p50, p99: r.p99, bad: r.non2xx + r.errors };
}

/**
 * P2: the statements of one create, captured (also the pgbench script's source). The background
 * audit sealer is paused meanwhile: its passes run on the same pg clients and are not part of the
 * request (they link rows into the chain after commit).
 */
async function oneCreate(s: Setup, capture: SqlCapture, sealer: AuditSealer) {
  sealer.stop();
  await sealer.sealNow();
  try {
    capture.start();
    const res = await post(s.base, s.token, s.body, randomUUID());
    if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
    return capture.stop();
  } finally {
    sealer.start();
  }
}

/**
 * The service's background sealer rests while the baseline runs: pgbench's audit rows are not
 * the service's (their macs are refused, then the rows removed), and re-reading them would bill
 * the baseline for the service's background work. The API runs keep it: sealing their own rows
 * is part of what a create costs.
 */
async function paused<T>(sealer: AuditSealer, work: () => Promise<T>): Promise<T> {
  sealer.stop();
  try {
    return await work();
  } finally {
    sealer.start();
  }
}

/**
 * P1 and P2 (DESIGN §10): POST /api/v1/petitions with an Idempotency-Key (validation, one
 * transaction, history row, audit chain, idempotency), attaching to an existing case and citing
 * the signatory by id, at 8 connections, against pgbench replaying the same statements.
 */
export async function benchPetitions(db: BenchDatabase): Promise<void> {
  const capture = new SqlCapture();
  const config = await benchConfig(db);
  const app = await createApp({ config, databaseUrl: db.url });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const ds = app.get(DataSource);
    const setups: Setup[] = [];
    for (const code of await spreadAgencies(ds)) {
      setups.push(await setUp(base, await handlerToken(ds, base, code)));
    }
    const sealer = app.get(AuditSealer);
    const creates: CapturedStatement[][] = [];
    for (const s of setups) {
      await oneCreate(s, capture, sealer);
      creates.push(await oneCreate(s, capture, sealer));
    }
    // the loads run on the pg driver as the service ships it (no counting wrapper)
    capture.restore();
    const statements = creates[0]!;
    // Transaction control: START TRANSACTION (READ COMMITTED is the connection default), COMMIT.
    const control = statements.filter((st) =>
      /^(BEGIN|COMMIT|START|SET TRANSACTION)/i.test(st.text.trim()),
    );
    const session = statements.filter((st) => /auth_session/.test(st.text));
    const work = statements.length - control.length - session.length;
    console.log(
      `\nPetition registration (P1, P2), ${CONNECTIONS} connections, ${SECONDS} s after 2 s warm-up`,
    );
    console.log(
      `  statements per create: ${work} in the transaction (target ≤ 8) ${work <= 8 ? 'OK' : 'OVER'}; + ${control.length} transaction control (${control.map((st) => st.text.trim().split(/\s+/)[0]).join(', ')}) + ${session.length} session check = ${statements.length} statements in ${roundTrips(statements).length} round trips (pipelined ones joined by +)`,
    );
    const trips = roundTrips(statements).map((trip) => trip.map((st) => labelOf(st.text)));
    console.log(`    ${trips.map((labels) => labels.join(' + ')).join(' | ')}`);
    const loads = [
      {
        label: 'one agency (its gapless book serialises)',
        setups: setups.slice(0, 1),
        creates: creates.slice(0, 1),
      },
      { label: `${setups.length} agencies, in turn`, setups, creates },
    ];
    const run = { clients: CONNECTIONS, seconds: SECONDS };
    for (const l of loads) {
      console.log(`  ${l.label}:`);
      let last = 0;
      for (let round = 0; round < 2; round++) {
        const api = await load(l.setups);
        last = api.rps;
        const baseline = await paused(sealer, () =>
          pgbenchBaseline(db.url, l.creates, { ...run, pipelined: false }),
        );
        const ratio = api.rps / baseline.tps;
        console.log(
          `    API ${api.rps.toFixed(0)} req/s p50 ${api.p50} ms p99 ${api.p99} ms${api.bad ? ` (${api.bad} failed)` : ''} | ${baseline.name} ${baseline.tps.toFixed(0)} tps → ratio ${ratio.toFixed(2)} (≥ 0.35 ${ratio >= 0.35 ? 'OK' : 'UNDER'}); ≥ 400 req/s ${api.rps >= 400 ? 'OK' : 'UNDER'}, p99 ≤ 50 ms ${api.p99 <= 50 ? 'OK' : 'OVER'}`,
        );
      }
      // for reference: the raw database with the same round trips as the service
      const piped = await paused(sealer, () =>
        pgbenchBaseline(db.url, l.creates, { ...run, pipelined: true }),
      );
      console.log(
        `    (${piped.name} ${piped.tps.toFixed(0)} tps: the last API run is ${(last / piped.tps).toFixed(2)} of it)`,
      );
    }
  } finally {
    capture.restore();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await app.close();
  }
}
