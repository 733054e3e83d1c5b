import { Role } from '../../src/auth/role';
import { auditData, expectNoCanary, newCanaries } from '../factories/person.factory';
import { postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, login, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const REASON = 'Xác minh nội dung tố cáo số 12/2026/TC';

jest.setTimeout(30_000); // several argon2 sign-ins per test

/**
 * DESIGN.md §7: the approving leader chooses how long the investigator may read the identity,
 * 1 to 30 days (30 when not said), counted from the approval.
 */
describe('identity access grants: the leader chooses 1–30 days, the grant ends after them', () => {
  const c = newCanaries();
  let t: TestApp;
  let tttp: string;
  let leader: TestOfficer;
  let visitId: string;
  let personId: string;

  const newInvestigator = () => createOfficer(t, { roles: [Role.Investigator], agencyId: tttp });
  const requestAccess = (who: TestOfficer) =>
    t.http
      .post(`/api/v1/persons/${personId}/identity-access-requests`)
      .set(bearer(who.token))
      .send({ reason: REASON, recordType: 'visit', recordId: visitId })
      .expect(201);
  const decide = (id: string, action: 'approve' | 'refuse', body: object) =>
    t.http
      .post(`/api/v1/identity-access-requests/${id}/${action}`)
      .set(bearer(leader.token))
      .send(body);
  /** The visitor's identity as the investigator sees it at `at` (signing in again then). */
  const identityAt = async (who: TestOfficer, at: Date) => {
    const before = t.clock.now();
    try {
      t.clock.set(at);
      who.token = await login(t, who.username, null);
      const res = await t.http
        .get(`/api/v1/reception/visits/${visitId}`)
        .set(bearer(who.token))
        .expect(200);
      return (res.body as { visitors: { identity?: { fullName: string } }[] }).visitors[0]
        ?.identity;
    } finally {
      t.clock.set(before);
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    const recorder = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
    const identity = { fullName: c.name, idType: 'cccd', idNumber: c.idNumber, address: c.address };
    const body = visitBody({
      visitors: [{ identity }],
      contentType: 'denunciation',
      field: 'corruption',
      summary: 'Tố cáo cán bộ phường nhận tiền khi cấp giấy phép xây dựng',
    });
    const visit = await postVisit(t, recorder, body).expect(201);
    visitId = visit.body.id;
    personId = visit.body.visitors[0].id;
  });
  afterAll(() => t.close());

  it('a 3-day grant shows the identity until 3 days after the approval, then hides it', async () => {
    const investigator = await newInvestigator();
    const asked = await requestAccess(investigator);
    const approvedAt = t.clock.now();
    const ok = await decide(asked.body.id, 'approve', { version: 1, days: 3 }).expect(200);
    expect(ok.body).toMatchObject({ status: 'approved', decidedBy: leader.id, version: 2 });
    const expiresAt = new Date(ok.body.expiresAt);
    expect(expiresAt.getTime() - approvedAt.getTime()).toBe(3 * DAY_MS);
    const stored = await t.dataSource.query<{ expires_at: Date }[]>(
      'SELECT expires_at FROM identity_access_request WHERE id = $1',
      [asked.body.id],
    );
    expect(stored[0]?.expires_at.toISOString()).toBe(expiresAt.toISOString());
    const audit = await auditData(t, 'identity_access.approve', leader.id, asked.body.id);
    expect(audit).toEqual([expect.objectContaining({ days: 3, expiresAt: ok.body.expiresAt })]);

    const lastMinute = new Date(approvedAt.getTime() + 3 * DAY_MS - MINUTE_MS);
    expect((await identityAt(investigator, lastMinute))?.fullName).toBe(c.name);
    const dayFour = new Date(approvedAt.getTime() + 3 * DAY_MS + MINUTE_MS);
    expect(await identityAt(investigator, dayFour)).toBeUndefined();
    // A grant without `days` still lasts 30 days: on day 4 its investigator reads the identity.
    const other = await newInvestigator();
    const asked30 = await requestAccess(other);
    const approved30At = t.clock.now();
    const ok30 = await decide(asked30.body.id, 'approve', { version: 1 }).expect(200);
    expect(new Date(ok30.body.expiresAt).getTime() - approved30At.getTime()).toBe(30 * DAY_MS);
    const dayFourOf30 = new Date(approved30At.getTime() + 3 * DAY_MS + MINUTE_MS);
    expect((await identityAt(other, dayFourOf30))?.fullName).toBe(c.name);
  });

  it('refuses a length outside 1–30 whole days, naming the field, and leaves the request undecided', async () => {
    const investigator = await newInvestigator();
    const asked = await requestAccess(investigator);
    for (const days of [0, 31, 2.5, -1, '3']) {
      const res = await decide(asked.body.id, 'approve', { version: 1, days });
      expectError(res, 400, 'VALIDATION_FAILED', 'days');
    }
    // a refusal has no length
    const refusal = await decide(asked.body.id, 'refuse', { version: 1, days: 3 });
    expectError(refusal, 400, 'VALIDATION_FAILED', 'days');
    const rows = await t.dataSource.query<{ status: string; expires_at: Date | null }[]>(
      'SELECT status, expires_at FROM identity_access_request WHERE id = $1',
      [asked.body.id],
    );
    expect(rows).toEqual([{ status: 'requested', expires_at: null }]);
    const one = await decide(asked.body.id, 'approve', { version: 1, days: 1 }).expect(200);
    expect(Date.parse(one.body.expiresAt) - Date.parse(one.body.decidedAt)).toBe(DAY_MS);
    expectNoCanary(c, one.body);
  });
});
