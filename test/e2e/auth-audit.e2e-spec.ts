import { Role } from '../../src/auth/role';
import { bearer, createOfficer, TEST_PASSWORD, totpCodeAt } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

interface AuditRow {
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  agency_id: string | null;
  request_id: string | null;
  data: Record<string, unknown>;
}

const WRONG_PASSWORD = 'sai-mat-khau-bi-khoa-7';

describe('account writes with their audit rows, in one transaction (login lockout, logout, TOTP)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const attempt = (username: string, password = WRONG_PASSWORD) =>
    t.http.post('/api/v1/auth/login').send({ username, password });
  const auditRows = (action: string, entityId: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT actor_id, action, entity_type, entity_id, agency_id, request_id, data
         FROM audit_event WHERE action = $1 AND entity_id = $2 ORDER BY seq`,
      [action, entityId],
    );
  const failuresOf = async (username: string) =>
    (
      await t.dataSource.query<{ consecutive_failures: number; locked_until: Date | null }[]>(
        'SELECT consecutive_failures, locked_until FROM login_throttle WHERE username = $1',
        [username],
      )
    )[0];

  /** Makes every audit INSERT of `action` fail while `work` runs (a broken audit write). */
  async function withAuditRefused<T>(action: string, work: () => Promise<T>): Promise<T> {
    await t.dataSource.query(`
      CREATE OR REPLACE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.action = TG_ARGV[0] THEN RAISE EXCEPTION 'audit write refused by the test'; END IF;
        RETURN NEW;
      END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER trg_test_refuse_audit BEFORE INSERT ON audit_event
         FOR EACH ROW EXECUTE FUNCTION test_refuse_audit('${action}')`,
    );
    try {
      return await work();
    } finally {
      await t.dataSource.query('DROP TRIGGER trg_test_refuse_audit ON audit_event');
    }
  }

  describe('lockout after 10 failed logins', () => {
    it('audits the lock of an account (no actor, no password) with the 10th failure', async () => {
      const officer = await createOfficer(t);
      const answers: number[] = [];
      for (let i = 0; i < 10; i++) answers.push((await attempt(officer.username)).status);
      expect(answers).toEqual(Array(10).fill(401));
      const rows = await auditRows('auth.lockout', officer.id);
      expect(rows).toEqual([
        {
          actor_id: null,
          action: 'auth.lockout',
          entity_type: 'officer',
          entity_id: officer.id,
          agency_id: officer.agencyId,
          request_id: expect.any(String),
          data: {
            failures: 10,
            lockedUntil: new Date(t.clock.now().getTime() + 15 * 60_000).toISOString(),
          },
        },
      ]);
      expect(JSON.stringify(rows)).not.toContain(WRONG_PASSWORD);
      expectError(await attempt(officer.username, TEST_PASSWORD), 429, 'AUTH_ACCOUNT_LOCKED');
      expect(await auditRows('auth.lockout', officer.id)).toHaveLength(1);
    });

    it('locks and audits an unknown username too, answering exactly as for a real account', async () => {
      const officer = await createOfficer(t);
      const unknown = 'khong-ai-dung-ten-nay';
      const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
      for (let i = 1; i <= 11; i++) {
        const [real, ghost] = [await attempt(officer.username), await attempt(unknown)];
        expect({ status: ghost.status, body: strip(ghost.body) }).toEqual({
          status: real.status,
          body: strip(real.body),
        });
        expect(ghost.status).toBe(i <= 10 ? 401 : 429);
      }
      const rows = await auditRows('auth.lockout', unknown);
      expect(rows).toEqual([
        expect.objectContaining({ actor_id: null, entity_type: 'login_throttle', agency_id: null }),
      ]);
      expect(rows[0]!.data).toEqual({ failures: 10, lockedUntil: expect.any(String) });
    });

    it('does not lock the account when its audit row cannot be written, and locks it after', async () => {
      const officer = await createOfficer(t);
      for (let i = 0; i < 9; i++) await attempt(officer.username);
      const tenth = await withAuditRefused('auth.lockout', () => attempt(officer.username));
      expectError(tenth, 500, 'INTERNAL_ERROR');
      expect(await failuresOf(officer.username)).toEqual({
        consecutive_failures: 9,
        locked_until: null,
      });
      expectError(await attempt(officer.username), 401, 'AUTH_INVALID_CREDENTIALS');
      expect(await auditRows('auth.lockout', officer.id)).toHaveLength(1);
      expectError(await attempt(officer.username, TEST_PASSWORD), 429, 'AUTH_ACCOUNT_LOCKED');
    });
  });

  describe('logout', () => {
    it('revokes the session and writes auth.logout in the officer’s agency', async () => {
      const officer = await createOfficer(t);
      const sessionId = await sessionOf(officer.id);
      await t.http.post('/api/v1/auth/logout').set(bearer(officer.token)).expect(204);
      expect(await auditRows('auth.logout', sessionId)).toEqual([
        expect.objectContaining({
          actor_id: officer.id,
          entity_type: 'auth_session',
          agency_id: officer.agencyId,
        }),
      ]);
    });

    it('keeps the session open when the audit row cannot be written', async () => {
      const officer = await createOfficer(t);
      const logout = await withAuditRefused('auth.logout', () =>
        t.http.post('/api/v1/auth/logout').set(bearer(officer.token)),
      );
      expectError(logout, 500, 'INTERNAL_ERROR');
      await t.http.get('/api/v1/auth/me').set(bearer(officer.token)).expect(200);
    });
  });

  describe('TOTP enrolment', () => {
    it('audits auth.totp_enrol without the seed; a confirmed seed is never replaced', async () => {
      const leader = await createOfficer(t, { roles: [Role.Leader], totp: false });
      const enrol = () => t.http.post('/api/v1/auth/totp/enrol').set(bearer(leader.token));
      const secret = (await enrol().expect(200)).body.secret as string;
      const rows = await auditRows('auth.totp_enrol', leader.id);
      expect(rows).toEqual([
        expect.objectContaining({
          actor_id: leader.id,
          entity_type: 'officer',
          agency_id: leader.agencyId,
          data: {},
        }),
      ]);
      const everyAuditText = await t.dataSource.query<{ text: string }[]>(
        'SELECT string_agg(to_jsonb(a)::text, $1) AS text FROM audit_event a',
        ['\n'],
      );
      expect(everyAuditText[0]!.text).not.toContain(secret);
      await t.http
        .post('/api/v1/auth/totp/verify')
        .set(bearer(leader.token))
        .send({ code: totpCodeAt(t, secret) })
        .expect(204);
      const confirmed = await sealedSeedOf(leader.id);
      expect(confirmed).toEqual({ enabled: true, sealed: expect.any(String) });
      expectError(await enrol(), 409, 'AUTH_TOTP_ALREADY_ENABLED');
      expect(await sealedSeedOf(leader.id)).toEqual(confirmed);
      expect(await auditRows('auth.totp_enrol', leader.id)).toHaveLength(1);
    });

    it('stores no seed when the audit row cannot be written', async () => {
      const leader = await createOfficer(t, { roles: [Role.Leader], totp: false });
      const enrol = await withAuditRefused('auth.totp_enrol', () =>
        t.http.post('/api/v1/auth/totp/enrol').set(bearer(leader.token)),
      );
      expectError(enrol, 500, 'INTERNAL_ERROR');
      expect(await sealedSeedOf(leader.id)).toEqual({ enabled: false, sealed: null });
      expectError(
        await t.http
          .post('/api/v1/auth/totp/verify')
          .set(bearer(leader.token))
          .send({ code: '123456' }),
        409,
        'AUTH_TOTP_NOT_STARTED',
      );
    });
  });

  async function sessionOf(officerId: string): Promise<string> {
    const rows = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM auth_session WHERE officer_id = $1 AND revoked_at IS NULL',
      [officerId],
    );
    expect(rows).toHaveLength(1);
    return rows[0]!.id;
  }

  async function sealedSeedOf(officerId: string) {
    const rows = await t.dataSource.query<{ enabled: boolean; sealed: string | null }[]>(
      'SELECT is_totp_enabled AS enabled, totp_secret_sealed AS sealed FROM officer WHERE id = $1',
      [officerId],
    );
    return rows[0];
  }
});
