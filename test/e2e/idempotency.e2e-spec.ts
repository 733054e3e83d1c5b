import { randomUUID } from 'node:crypto';

import type { Response } from 'supertest';

import { Role } from '../../src/auth/role';
import { IdempotencyRepository } from '../../src/common/idempotency/idempotency.repository';
import { bearer, createOfficer, TEST_PASSWORD, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import {
  IdempotencyProbeController,
  IdempotencyProbeModule,
  PROBE_TABLE_SQL,
} from '../support/idempotency-probe.module';
import { createTestApp, type TestApp } from '../support/test-app';

const URL = '/api/v1/__idem/items';

describe('Idempotency-Key on POST (safe retries)', () => {
  let t: TestApp;
  const callers = new Map<string, TestOfficer>();

  /** A distinct officer (and so principal) per name. */
  const officer = async (name: string) => {
    let found = callers.get(name);
    if (!found) {
      found = await createOfficer(t, { roles: [Role.ReceptionOfficer] });
      callers.set(name, found);
    }
    return found;
  };
  const post = async (body: object, key?: string, caller = 'an', url = URL) => {
    const req = t.http.post(url).set(bearer((await officer(caller)).token));
    return (key === undefined ? req : req.set('Idempotency-Key', key)).send(body);
  };
  const count = async (table: string) =>
    Number((await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);
  const replayed = (res: Response) => res.headers['idempotent-replayed'] === 'true';

  beforeAll(async () => {
    t = await createTestApp({ extraModules: [IdempotencyProbeModule] });
    await t.dataSource.query(PROBE_TABLE_SQL);
  });
  beforeEach(async () => {
    IdempotencyProbeController.failNext = null;
    await t.dataSource.query('TRUNCATE idem_probe, idempotency_key RESTART IDENTITY');
  });
  afterAll(() => t.close());

  it('lets requests without the header write every time', async () => {
    expect((await post({ name: 'Đơn A' })).status).toBe(201);
    expect((await post({ name: 'Đơn A' })).status).toBe(201);
    expect(await count('idem_probe')).toBe(2);
    expect(await count('idempotency_key')).toBe(0);
  });

  it('replays the first reply to a retry with the same key and writes nothing more', async () => {
    const key = randomUUID();
    const audits = await count('audit_event');
    const first = await post({ name: 'Đơn A' }, key);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ id: 1, name: 'Đơn A', at: '1970-01-01T00:00:00.000Z' });
    expect(replayed(first)).toBe(false);
    const retry = await post({ name: 'Đơn A' }, key);
    expect({ status: retry.status, body: retry.body }).toEqual({ status: 201, body: first.body });
    expect(replayed(retry)).toBe(true);
    expect(await count('idem_probe')).toBe(1);
    expect(await count('audit_event')).toBe(audits + 1);
    const [stored] = await t.dataSource.query<Record<string, unknown>[]>(
      'SELECT key, request_hash, method, path, status_code, response_body FROM idempotency_key',
    );
    expect(stored).toEqual({
      key,
      request_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      method: 'POST',
      path: URL,
      status_code: 201,
      response_body: first.body,
    });
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED for the same key with another body or path', async () => {
    const key = randomUUID();
    expect((await post({ name: 'Đơn A' }, key)).status).toBe(201);
    expectError(await post({ name: 'Đơn B' }, key), 422, 'IDEMPOTENCY_KEY_REUSED');
    expectError(
      await post({ name: 'Đơn A' }, key, 'an', `${URL}?v=2`),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(await count('idem_probe')).toBe(1);
  });

  it('creates exactly one row for 20 concurrent POSTs with one key, all with the same reply', async () => {
    const key = randomUUID();
    const audits = await count('audit_event');
    await officer('an');
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => post({ name: 'Đơn đồng thời', delayMs: 200 }, key)),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(201));
    for (const reply of replies) expect(reply.body).toEqual(replies[0]?.body);
    expect(replies.filter(replayed)).toHaveLength(19);
    expect(await count('idem_probe')).toBe(1);
    expect(await count('audit_event')).toBe(audits + 1);
    expect(await count('idempotency_key')).toBe(1);
  });

  it.each([
    ['conflict', 409, 'PROBE_CONFLICT'],
    ['crash', 500, 'INTERNAL_ERROR'],
  ] as const)(
    'stores nothing when the handler fails (%s → %i) after writing, so the retry succeeds',
    async (failure, status, code) => {
      const key = randomUUID();
      const audits = await count('audit_event');
      IdempotencyProbeController.failNext = failure;
      expectError(await post({ name: 'Đơn A' }, key), status, code);
      expect(await count('idem_probe')).toBe(0);
      expect(await count('audit_event')).toBe(audits);
      expect(await count('idempotency_key')).toBe(0);
      const retry = await post({ name: 'Đơn A' }, key);
      expect(retry.status).toBe(201);
      expect(replayed(retry)).toBe(false);
      expect(await count('idem_probe')).toBe(1);
    },
  );

  it('does not store a validation failure: the corrected request may reuse the key', async () => {
    const key = randomUUID();
    expectError(await post({ name: 42 }, key), 400, 'VALIDATION_FAILED', 'name');
    expect(await count('idempotency_key')).toBe(0);
    expect((await post({ name: 'Đơn A' }, key)).status).toBe(201);
  });

  it('keeps keys per caller: another officer with the same key writes its own row', async () => {
    const key = 'phieu-0001';
    const mine = await post({ name: 'Đơn A' }, key, 'an');
    const theirs = await post({ name: 'Đơn A' }, key, 'binh');
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(replayed(theirs)).toBe(false);
    expect(theirs.body).not.toEqual(mine.body);
    expect(await count('idem_probe')).toBe(2);
    const principals = await t.dataSource.query<{ principal: string }[]>(
      'SELECT principal FROM idempotency_key',
    );
    expect(principals.map((p) => p.principal).sort()).toEqual(
      [(await officer('an')).id, (await officer('binh')).id].sort(),
    );
  });

  it.each([
    ['empty', ''],
    ['with a space', 'khoa 1'],
    ['non-ASCII', 'khóa'],
    ['over 255 characters', 'k'.repeat(256)],
  ])('refuses a key %s with 400 naming Idempotency-Key, writing nothing', async (_, key) => {
    expectError(await post({ name: 'Đơn A' }, key), 400, 'VALIDATION_FAILED', 'Idempotency-Key');
    expect(await count('idem_probe')).toBe(0);
  });

  it('leaves public routes alone: a login sent with a key stores neither password nor token', async () => {
    const { username } = await officer('an');
    const res = await t.http
      .post('/api/v1/auth/login')
      .set('Idempotency-Key', randomUUID())
      .send({ username, password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(await count('idempotency_key')).toBe(0);
  });

  it('purges keys older than the cutoff and keeps the others', async () => {
    await t.dataSource.query(
      `INSERT INTO idempotency_key (principal, key, request_hash, method, path, status_code, created_at)
       SELECT 'anonymous', 'k' || i, repeat('0', 64), 'POST', '/x', 201, $1::timestamptz - i * interval '1 hour'
         FROM generate_series(0, 99) AS i`,
      [t.clock.now().toISOString()],
    );
    const cutoff = new Date(t.clock.now().getTime() - 72 * 3_600_000);
    expect(await t.app.get(IdempotencyRepository).purgeCreatedBefore(cutoff)).toBe(27);
    expect(await count('idempotency_key')).toBe(73);
  });
});
