import { JwtService } from '@nestjs/jwt';

import { Role } from '../../src/auth/role';
import { PasswordHasher } from '../../src/common/crypto/password-hasher';
import { bearer, createOfficer, login, TEST_PASSWORD, totpCodeAt } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

describe('login, lockout and tokens', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const attempt = (username: string, password: string, totpCode?: string) =>
    t.http
      .post('/api/v1/auth/login')
      .send({ username, password, ...(totpCode ? { totpCode } : {}) });

  it('logs a reception officer in and shows who they are', async () => {
    const officer = await createOfficer(t, { roles: [Role.ReceptionOfficer] });
    const me = await t.http.get('/api/v1/auth/me').set(bearer(officer.token)).expect(200);
    expect(me.body).toMatchObject({ username: officer.username, roles: ['reception_officer'] });
    expect(me.body.permissions).toContain('auth.self');
    expect(me.body).not.toHaveProperty('passwordHash');
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const officer = await createOfficer(t);
    const unknown = await attempt('khong-ton-tai', 'sai-mat-khau-123');
    const wrong = await attempt(officer.username, 'sai-mat-khau-123');
    expectError(unknown, 401, 'AUTH_INVALID_CREDENTIALS');
    expectError(wrong, 401, 'AUTH_INVALID_CREDENTIALS');
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
  });

  it('spends the same hashing work on unknown users as on wrong passwords', async () => {
    // Observed, not timed: one argon2 verify per attempt, against a hash with the same cost parameters.
    const officer = await createOfficer(t);
    const hasher = t.app.get(PasswordHasher);
    const verify = jest.spyOn(hasher, 'verify');
    const costOf = (hash: string) => hash.split('$').slice(1, 4).join('$');
    try {
      await attempt(`khong-co-${Date.now()}`, 'sai-mat-khau-1');
      await attempt(officer.username, 'sai-mat-khau-2');
      expect(verify).toHaveBeenCalledTimes(2);
      const [unknownHash, wrongHash] = verify.mock.calls.map(([hash]) => hash);
      expect(costOf(unknownHash!)).toMatch(/^argon2id\$v=19\$m=19456,p=1,t=2$/);
      expect(costOf(unknownHash!)).toBe(costOf(wrongHash!));
      await expect(verify.mock.results[0]!.value).resolves.toBe(false);
    } finally {
      verify.mockRestore();
    }
  });

  it('locks an account after 10 failures in a row: attempt 11 is 429 with Retry-After', async () => {
    const officer = await createOfficer(t);
    for (let i = 1; i <= 10; i++) {
      expectError(
        await attempt(officer.username, 'sai-mat-khau-x'),
        401,
        'AUTH_INVALID_CREDENTIALS',
      );
    }
    const locked = await attempt(officer.username, TEST_PASSWORD);
    expectError(locked, 429, 'AUTH_ACCOUNT_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    const other = await createOfficer(t);
    expect(other.token).toEqual(expect.any(String));
    t.clock.set(new Date(t.clock.now().getTime() + 16 * 60_000));
    expect((await attempt(officer.username, TEST_PASSWORD)).status).toBe(200);
  });

  it('lets overlapping correct logins of one account all in (one clearing the counter does not lock the others)', async () => {
    const officer = await createOfficer(t);
    // 4 at a time, each next one as soon as the last answered: never 10 in flight, so never a
    // reason to lock; arrivals overlap other logins' success (which deletes the counter row)
    const statuses = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const mine: number[] = [];
        for (let k = 0; k < 12; k++) {
          mine.push((await attempt(officer.username, TEST_PASSWORD)).status);
        }
        return mine;
      }),
    );
    expect(statuses.flat().filter((status) => status !== 200)).toEqual([]);
  });

  it('locks unknown usernames the same way (no enumeration through lockout)', async () => {
    for (let i = 0; i < 10; i++) await attempt('ma-khong-ton-tai', 'sai-mat-khau-x');
    expectError(await attempt('ma-khong-ton-tai', 'sai-mat-khau-x'), 429, 'AUTH_ACCOUNT_LOCKED');
  });

  it('stops a token at logout', async () => {
    const officer = await createOfficer(t);
    await t.http.post('/api/v1/auth/logout').set(bearer(officer.token)).expect(204);
    expectError(
      await t.http.get('/api/v1/auth/me').set(bearer(officer.token)),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('refuses forged, tampered, expired and alg=none tokens', async () => {
    const officer = await createOfficer(t);
    const [header, payload] = officer.token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, tv: 99 })).toString('base64url')}.${officer.token.split('.')[2]}`;
    const jwt = new JwtService();
    const { iss: _iss, aud: _aud, exp: _exp, iat: _iat, ...base } = claims;
    const sign = (extra: object, secret: string, audience = 'kntc-api') =>
      jwt.sign({ ...base, ...extra }, { secret, issuer: 'kntc', audience });
    const otherKey = sign({}, 'another-secret-of-at-least-32-chars!!');
    const expired = sign({ exp: Math.floor(Date.now() / 1000) - 60 }, t.config.jwtSecret!);
    const wrongAudience = sign({}, t.config.jwtSecret!, 'another-api');
    for (const token of [none, tampered, otherKey, expired, wrongAudience, 'abc']) {
      expectError(await t.http.get('/api/v1/auth/me').set(bearer(token)), 401, 'UNAUTHENTICATED');
    }
  });

  it('makes a leader enrol TOTP before anything else, then requires the code', async () => {
    const leader = await createOfficer(t, { roles: [Role.Leader], totp: false });
    const me = await t.http.get('/api/v1/auth/me').set(bearer(leader.token)).expect(200);
    expect(me.body.totpEnrolmentRequired).toBe(true);
    expectError(
      await t.http.get('/api/v1/officers').set(bearer(leader.token)),
      403,
      'AUTH_TOTP_ENROLMENT_REQUIRED',
    );
    const enrol = await t.http
      .post('/api/v1/auth/totp/enrol')
      .set(bearer(leader.token))
      .expect(200);
    const secret = enrol.body.secret as string;
    expect(enrol.body.otpauthUri).toContain('otpauth://totp/KNTC');
    expectError(
      await t.http
        .post('/api/v1/auth/totp/verify')
        .set(bearer(leader.token))
        .send({ code: '000000' }),
      401,
      'AUTH_TOTP_INVALID',
      'totpCode',
    );
    await t.http
      .post('/api/v1/auth/totp/verify')
      .set(bearer(leader.token))
      .send({ code: totpCodeAt(t, secret) })
      .expect(204);
    await t.http.get('/api/v1/officers').set(bearer(leader.token)).expect(200);

    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    expectError(
      await attempt(leader.username, TEST_PASSWORD),
      401,
      'AUTH_TOTP_REQUIRED',
      'totpCode',
    );
    const code = totpCodeAt(t, secret);
    expect((await attempt(leader.username, TEST_PASSWORD, code)).status).toBe(200);
    expectError(
      await attempt(leader.username, TEST_PASSWORD, code),
      401,
      'AUTH_TOTP_INVALID',
      'totpCode',
    );
    expect(await login(t, leader.username, secret)).toEqual(expect.any(String));
  });

  it('names the field for malformed login bodies', async () => {
    expectError(
      await t.http.post('/api/v1/auth/login').send({ username: 'a' }),
      400,
      'VALIDATION_FAILED',
      'password',
    );
    const res = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'a', password: 'b', totpCode: '12ab56' });
    expectError(res, 400, 'VALIDATION_FAILED', 'totpCode');
  });

  it('writes an audit row for each login', async () => {
    const officer = await createOfficer(t);
    const rows = await t.dataSource.query<{ n: string }[]>(
      "SELECT count(*) AS n FROM audit_event WHERE action = 'auth.login' AND actor_id = $1",
      [officer.id],
    );
    expect(Number(rows[0]!.n)).toBe(1);
  });
});
