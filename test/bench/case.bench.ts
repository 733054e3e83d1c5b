import { randomUUID } from 'node:crypto';

import Fastify from 'fastify';
import { DataSource } from 'typeorm';

import { createApp } from '../../src/bootstrap';
import { PasswordHasher } from '../../src/common/crypto/password-hasher';
import { type BenchDatabase, benchConfig } from './bench-db';
import { formatLoad, runLoad } from './http-load';

const PASSWORD = 'mat-khau-do-hieu-nang-3';
const CONNECTIONS = 10;
const SECONDS = 5;
/** Petitions of the case (its timeline: each with its register and check steps). */
const CASE_PETITIONS = 5;

export async function officer(ds: DataSource, base: string, role: string): Promise<string> {
  const username = `bench-p3-${role}-${randomUUID().slice(0, 8)}`;
  await ds.query(
    `INSERT INTO officer (username, full_name, agency_id, roles, password_hash)
     SELECT $1, 'Cán bộ đo hiệu năng P3', id, ARRAY[$3]::text[], $2 FROM agency WHERE code = 'HN-TTTP'`,
    [username, await new PasswordHasher().hash(PASSWORD), role],
  );
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  return ((await login.json()) as { accessToken: string }).accessToken;
}

async function post(base: string, token: string, path: string, body: object) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, any>;
}

/** A case of CASE_PETITIONS petitions by one identified citizen, each checked; the last one's id. */
export async function seedCase(base: string, handler: string): Promise<string> {
  const petition = (signatory: object, link: object) =>
    post(base, handler, '/petitions', {
      receivedOn: '2026-03-02',
      source: 'post',
      signatoryKind: 'one',
      signatories: [signatory],
      type: 'complaint',
      field: 'admin_land_housing',
      respondent: 'Ủy ban nhân dân phường Đo Hiệu Năng',
      summary: 'Khiếu nại quyết định thu hồi đất và mức bồi thường (đo hiệu năng P3)',
      ...link,
    });
  const first = await petition(
    { identity: { fullName: 'Người đo hiệu năng P3', address: 'Hà Nội' } },
    { newCase: true },
  );
  const personId = (first.signatories as { id: string }[])[0]!.id;
  const created = [first];
  for (let i = 1; i < CASE_PETITIONS; i++) {
    created.push(await petition({ personId }, { caseId: first.case.id }));
  }
  for (const { id, version } of created) {
    await post(base, handler, `/petitions/${id}/handling`, {
      action: 'check',
      version,
      items: {
        vietnamese: true,
        dated: true,
        identified: true,
        signed: true,
        contentClear: true,
        notHandledBefore: true,
      },
      inCompetence: true,
    });
  }
  return created.at(-1)!.id as string;
}

/**
 * P3 (DESIGN §10): GET one petition with its case's timeline, role-filtered — as its handler
 * (identities shown, each read audited in the request's transaction) and as an investigator of
 * the agency without a grant (pseudonyms only) — against a bare Fastify server answering static
 * JSON of the same size, at 10 connections. Target p99 ≤ 20 ms, ratio ≥ 0.15.
 */
export async function benchCase(db: BenchDatabase): Promise<void> {
  const config = await benchConfig(db);
  const app = await createApp({ config, databaseUrl: db.url });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const bare = Fastify({ logger: false });
  try {
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const ds = app.get(DataSource);
    const handler = await officer(ds, base, 'petition_handler');
    const investigator = await officer(ds, base, 'investigator');
    const id = await seedCase(base, handler);
    const url = `${base}/api/v1/petitions/${id}`;
    const sample = await fetch(url, { headers: { authorization: `Bearer ${handler}` } });
    const body = await sample.text();
    const payload = JSON.parse(body) as unknown; // serialised per request, as the service does
    bare.get('/petition', (_request, reply) => reply.send(payload));
    const bareUrl = `${await bare.listen({ port: 0, host: '127.0.0.1' })}/petition`;
    const viewers = [
      { name: 'handler: identities shown, read audited', token: handler },
      { name: 'investigator: pseudonyms only', token: investigator },
    ];
    const runs = [];
    for (const v of viewers) {
      runs.push(
        await runLoad({
          name: `GET /petitions/:id, ${v.name}`,
          url,
          connections: CONNECTIONS,
          seconds: SECONDS,
          headers: { authorization: `Bearer ${v.token}` },
        }),
      );
    }
    const reference = await runLoad({
      name: 'bare Fastify, the same JSON (static)',
      url: bareUrl,
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    console.log(
      `\nOne case (P3): a petition of a ${CASE_PETITIONS}-petition case with its timeline (${Math.round(body.length / 1024)} KiB), ${CONNECTIONS} connections, ${SECONDS} s after 1 s warm-up`,
    );
    for (const r of [...runs, reference]) console.log(formatLoad(r));
    for (const r of runs) {
      const ratio = r.requestsPerSecond / reference.requestsPerSecond;
      console.log(
        `  ${r.name}: p99 ${r.p99} ms (≤ 20 ${r.p99 <= 20 ? 'OK' : 'OVER'}), ratio ${ratio.toFixed(2)} (≥ 0.15 ${ratio >= 0.15 ? 'OK' : 'UNDER'})`,
      );
    }
  } finally {
    await bare.close();
    await app.close();
  }
}
