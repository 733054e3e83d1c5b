import { randomUUID } from 'node:crypto';

import type { Response } from 'supertest';

import { Role } from '../../src/auth/role';
import { communeBody } from '../factories/agency.factory';
import { agencyIdByCode, bearer, createOfficer, totpCodeAt } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

const replayed = (res: Response) => res.headers['idempotent-replayed'] === 'true';

describe('Idempotency-Key on real routes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const keysFor = async (path: string) =>
    t.dataSource.query<{ status_code: number | null; response_body: unknown }[]>(
      'SELECT status_code, response_body FROM idempotency_key WHERE path = $1',
      [path],
    );

  it('creates one agency for 20 concurrent POSTs with one key; every answer is the first one', async () => {
    const admin = await createOfficer(t, { roles: [Role.Admin] });
    const body = communeBody(await agencyIdByCode(t, 'HN'));
    const key = randomUUID();
    // Without the key the 19 duplicates would be 409 (the code is unique); with it, the first
    // commits and each duplicate, waiting on the key, replays its reply (docs/architecture.md).
    const replies = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.http
          .post('/api/v1/agencies')
          .set(bearer(admin.token))
          .set('Idempotency-Key', key)
          .send(body),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(201));
    const first = replies.find((r) => !replayed(r))!;
    expect(first.body).toMatchObject({ code: body.code, name: body.name });
    for (const reply of replies) expect(reply.body).toEqual(first.body);
    expect(replies.filter(replayed)).toHaveLength(19);
    const agencies = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM agency WHERE code = $1',
      [body.code],
    );
    expect(agencies).toEqual([{ id: first.body.id }]);
    const audits = await t.dataSource.query<unknown[]>(
      "SELECT 1 FROM audit_event WHERE action = 'agency.create' AND entity_id = $1",
      [first.body.id],
    );
    expect(audits).toHaveLength(1);
  });

  it('never stores a TOTP seed: the same key on enrol gives a new seed each time', async () => {
    const leader = await createOfficer(t, { roles: [Role.Leader], totp: false });
    const key = randomUUID();
    const enrol = () =>
      t.http
        .post('/api/v1/auth/totp/enrol')
        .set(bearer(leader.token))
        .set('Idempotency-Key', key)
        .expect(200);
    const first = await enrol();
    const second = await enrol();
    expect(replayed(second)).toBe(false);
    expect(second.body.secret).not.toBe(first.body.secret);
    expect(await keysFor('/api/v1/auth/totp/enrol')).toEqual([]);
  });

  it('replays a confirmed TOTP verification to its retry instead of refusing it', async () => {
    const leader = await createOfficer(t, { roles: [Role.Leader], totp: false });
    const enrolled = await t.http
      .post('/api/v1/auth/totp/enrol')
      .set(bearer(leader.token))
      .expect(200);
    const code = totpCodeAt(t, enrolled.body.secret as string);
    const key = randomUUID();
    const verify = (withKey: boolean) => {
      const req = t.http.post('/api/v1/auth/totp/verify').set(bearer(leader.token));
      return (withKey ? req.set('Idempotency-Key', key) : req).send({ code });
    };
    expect((await verify(true)).status).toBe(204);
    const retry = await verify(true);
    expect({ status: retry.status, replayed: replayed(retry) }).toEqual({
      status: 204,
      replayed: true,
    });
    expectError(await verify(false), 409, 'AUTH_TOTP_ALREADY_ENABLED');
    expect(await keysFor('/api/v1/auth/totp/verify')).toEqual([
      { status_code: 204, response_body: null },
    ]);
  });

  it('honours a key on logout (nothing secret in it), with the revocation', async () => {
    const officer = await createOfficer(t);
    await t.http
      .post('/api/v1/auth/logout')
      .set(bearer(officer.token))
      .set('Idempotency-Key', randomUUID())
      .expect(204);
    expect(await keysFor('/api/v1/auth/logout')).toEqual([
      { status_code: 204, response_body: null },
    ]);
    // A retry of a logout that went through meets a revoked token before any replay.
    expectError(
      await t.http.get('/api/v1/auth/me').set(bearer(officer.token)),
      401,
      'UNAUTHENTICATED',
    );
  });
});
