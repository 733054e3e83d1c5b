import { Role } from '../../src/auth/role';
import { postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

const HEAD = { headName: 'Nguyễn Văn Hùng', headTitle: 'Chánh Thanh tra thành phố' };

/**
 * DOMAIN.md §2.2 (`session_id`, kỳ tiếp) and Luật Tiếp công dân 2013 Điều 18: the visits a head
 * received in one session are listed by that session, and each session says how many there were.
 */
describe('the visits of a head’s reception session', () => {
  let t: TestApp;
  let leader: TestOfficer;
  let officer: TestOfficer;
  let stranger: TestOfficer;
  let busy: string;
  let quiet: string;
  let busyVisits: string[];

  const get = (who: TestOfficer, url: string, query: object = {}) =>
    t.http.get(url).query(query).set(bearer(who.token));
  const plan = (plannedOn: string) =>
    t.http
      .post('/api/v1/reception/sessions')
      .set(bearer(leader.token))
      .send({ ...HEAD, plannedOn, place: 'Trụ sở Tiếp công dân thành phố' })
      .expect(201);

  beforeAll(async () => {
    t = await createTestApp();
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
    officer = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    const badinh = await agencyIdByCode(t, 'HN-P-BADINH');
    stranger = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: badinh });
    busy = (await plan('2026-03-10')).body.id;
    quiet = (await plan('2026-03-12')).body.id;
    busyVisits = [];
    for (let i = 0; i < 3; i += 1) {
      const body = visitBody({ receptionKind: 'head_periodic', sessionId: busy });
      busyVisits.push((await postVisit(t, officer, body).expect(201)).body.id);
    }
    // A regular visit the same day: not the session's.
    await postVisit(t, officer, visitBody()).expect(201);
  });
  afterAll(() => t.close());

  it('lists exactly the visits of a session with ?sessionId=, and none for a session without any', async () => {
    const res = await get(officer, '/api/v1/reception/visits', { sessionId: busy }).expect(200);
    const items = res.body.items as { id: string; sessionId: string }[];
    expect(items.map((v) => v.id).sort()).toEqual([...busyVisits].sort());
    expect(items.every((v) => v.sessionId === busy)).toBe(true);
    const none = await get(officer, '/api/v1/reception/visits', { sessionId: quiet }).expect(200);
    expect(none.body.items).toEqual([]);
    expectError(
      await get(officer, '/api/v1/reception/visits', { sessionId: 'kỳ-3' }),
      400,
      'VALIDATION_FAILED',
      'sessionId',
    );
  });

  it('keeps the session’s visits from an officer of another agency', async () => {
    const res = await get(stranger, '/api/v1/reception/visits', { sessionId: busy }).expect(200);
    expect(res.body.items).toEqual([]);
  });

  it('gives each session its visit count, in the list, on its own and after holding it', async () => {
    const list = await get(leader, '/api/v1/reception/sessions').expect(200);
    const counts = Object.fromEntries(
      (list.body.items as { id: string; visitCount: number }[]).map((s) => [s.id, s.visitCount]),
    );
    expect(counts).toEqual({ [busy]: 3, [quiet]: 0 });
    const one = await get(leader, `/api/v1/reception/sessions/${busy}`).expect(200);
    expect(one.body.visitCount).toBe(3);
    const held = await t.http
      .post(`/api/v1/reception/sessions/${busy}/hold`)
      .set(bearer(leader.token))
      .send({ version: 1, heldOn: '2026-03-10' })
      .expect(200);
    expect(held.body).toMatchObject({ status: 'held', visitCount: 3 });
    const fresh = await plan('2026-03-17');
    expect(fresh.body.visitCount).toBe(0);
  });
});
