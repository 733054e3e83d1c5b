import type { TestOfficer } from '../support/auth';
import { bearer } from '../support/auth';
import type { TestApp } from '../support/test-app';

let serial = Math.floor(Math.random() * 100_000_000);

/** A fresh, valid 12-digit CCCD number (so that no test reuses another's person by accident). */
export function newIdNumber(): string {
  serial += 1;
  return `001${String(serial % 1_000_000_000).padStart(9, '0')}`;
}

/** A new visitor with a full identity. */
export function newVisitor(fullName: string, over: object = {}) {
  return {
    identity: {
      fullName,
      idType: 'cccd',
      idNumber: newIdNumber(),
      idIssuedOn: '2021-04-01',
      address: `Số ${serial % 97} phố Thử Nghiệm, Hà Nội`,
      ...over,
    },
  };
}

/** A valid body of POST /reception/visits: one citizen, a complaint explained at the desk. */
export function visitBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    receivedAt: '2026-03-10T08:30:00+07:00',
    receptionKind: 'regular',
    personsCount: 1,
    isDelegation: false,
    visitors: [newVisitor('Lê Văn Khiếu')],
    contentType: 'complaint',
    field: 'admin_land_housing',
    summary: 'Khiếu nại quyết định thu hồi đất của UBND phường',
    outcome: 'explained',
    newCase: true,
    ...over,
  };
}

export function postVisit(t: TestApp, who: TestOfficer, body: object) {
  return t.http.post('/api/v1/reception/visits').set(bearer(who.token)).send(body);
}

/** GET /reception/case-candidates as `who` (200 expected): the proposed cases. */
export async function receptionCandidates<T>(
  t: TestApp,
  who: TestOfficer,
  query: Record<string, string>,
): Promise<T[]> {
  const res = await t.http
    .get('/api/v1/reception/case-candidates')
    .query(query)
    .set(bearer(who.token))
    .expect(200);
  return res.body.items as T[];
}

export async function countRows(t: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  const rows = await t.dataSource.query<{ n: string }[]>(sql, params);
  return Number(rows[0]?.n ?? 0);
}

/** GET a document (PDF/XLSX) as a Buffer. */
export async function getFile(
  t: TestApp,
  who: TestOfficer,
  url: string,
  query: Record<string, string> = {},
): Promise<{ status: number; type: string; body: Buffer }> {
  const res = await t.http
    .get(url)
    .query(query)
    .set(bearer(who.token))
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return {
    status: res.status,
    type: String(res.headers['content-type']),
    body: res.body as Buffer,
  };
}
