import { Role } from '../../src/auth/role';
import { newCanaries } from '../factories/person.factory';
import { postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { interleave } from '../support/interleave';
import { createTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(30_000); // several argon2 sign-ins (a new investigator per request) per test

/**
 * DESIGN.md §7 (optimistic locking, 409 on a stale write): a decided access request never
 * changes, whatever the timing of two leaders deciding it at once.
 */
describe('two leaders deciding one identity access request at once', () => {
  const c = newCanaries();
  let t: TestApp;
  let tttp: string;
  let leader: TestOfficer;
  let second: TestOfficer;
  let personId: string;
  let visitId: string;

  const requestAccess = (who: TestOfficer) =>
    t.http
      .post(`/api/v1/persons/${personId}/identity-access-requests`)
      .set(bearer(who.token))
      .send({
        reason: 'Xác minh nội dung tố cáo số 12/2026/TC',
        recordType: 'visit',
        recordId: visitId,
      });
  const decide = (who: TestOfficer, id: string, action: string, body: object) =>
    t.http
      .post(`/api/v1/identity-access-requests/${id}/${action}`)
      .set(bearer(who.token))
      .send(body);
  const identityShownTo = async (who: TestOfficer) => {
    const res = await t.http
      .get(`/api/v1/reception/visits/${visitId}`)
      .set(bearer(who.token))
      .expect(200);
    return res.body.visitors[0].identity !== undefined;
  };
  const requestRow = async (id: string) =>
    (
      await t.dataSource.query<{ status: string; version: number }[]>(
        'SELECT status, version FROM identity_access_request WHERE id = $1',
        [id],
      )
    )[0];
  const newRequest = async () => {
    const inv = await createOfficer(t, { roles: [Role.Investigator], agencyId: tttp });
    const asked = await requestAccess(inv).expect(201);
    return { inv, id: asked.body.id as string };
  };

  beforeAll(async () => {
    t = await createTestApp();
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    const recorder = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
    second = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
    const identity = { fullName: c.name, idType: 'cccd', idNumber: c.idNumber };
    const visit = visitBody({
      visitors: [{ identity }],
      contentType: 'denunciation',
      field: 'corruption',
      summary: 'Tố cáo cán bộ phường nhận tiền khi cấp giấy phép xây dựng',
    });
    const res = await postVisit(t, recorder, visit).expect(201);
    visitId = res.body.id;
    personId = res.body.visitors[0].id;
  });
  afterAll(() => t.close());

  it('lets exactly one of a parallel approve and refuse through; the other gets 409', async () => {
    for (let round = 0; round < 3; round++) {
      const { inv, id } = await newRequest();
      const [approve, refuse] = await Promise.all([
        decide(leader, id, 'approve', { version: 1 }),
        decide(second, id, 'refuse', { version: 1 }),
      ]);
      expect([approve.status, refuse.status].sort()).toEqual([200, 409]);
      const loser = approve.status === 409 ? approve : refuse;
      expect(['IDENTITY_ACCESS_REQUEST_DECIDED', 'STALE_VERSION']).toContain(loser.body.code);
      const winner = approve.status === 200 ? 'approved' : 'refused';
      expect(await requestRow(id)).toEqual({ status: winner, version: 2 });
      expect(await identityShownTo(inv)).toBe(winner === 'approved');
    }
  });

  it('never approves a request refused after the approval was checked, even with the next version', async () => {
    const { inv, id } = await newRequest();
    // The refusal commits after the approval read the request and before it writes; the client
    // sends the version the refusal produces.
    const res = await interleave(t, {
      lock: 'LOCK TABLE person_record_link IN ACCESS EXCLUSIVE MODE',
      change: [
        `UPDATE identity_access_request SET status = 'refused', decided_by = $2,
                decided_at = now(), version = version + 1 WHERE id = $1`,
        [id, second.id],
      ],
      request: () => decide(leader, id, 'approve', { version: 2 }),
    });
    expect(res.status).toBe(409);
    expect(await requestRow(id)).toEqual({ status: 'refused', version: 2 });
    expect(await identityShownTo(inv)).toBe(false);
  });
});
