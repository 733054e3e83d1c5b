import { Role } from '../../src/auth/role';
import { postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import type { FormJson } from '../support/form-json';

// 01/TCD col 12 (kỳ tiếp of the head) and col 21 (kỳ tiếp by the deputy the head authorised, "Ủy
// quyền tiếp"), from the held sessions and the kind of the visits received at them; the summary's
// headSessions counts both (Luật Tiếp công dân 2013 Điều 12, 13, 15, 18).


describe('01/TCD: the head’s sessions and the authorised deputy’s sessions', () => {
  let t: TestApp;
  let city: string;
  let tttp: string;
  let leader: TestOfficer;
  let cityLeader: TestOfficer;
  let desk: TestOfficer;

  const session = async (plannedOn: string): Promise<{ id: string; version: number }> => {
    const body = {
      headName: 'Nguyễn Văn Hùng',
      headTitle: 'Chánh Thanh tra thành phố',
      plannedOn,
      place: 'Trụ sở Tiếp công dân thành phố',
    };
    const res = await t.http
      .post('/api/v1/reception/sessions')
      .set(bearer(leader.token))
      .send(body)
      .expect(201);
    return res.body as { id: string; version: number };
  };
  const hold = (s: { id: string; version: number }, heldOn: string) =>
    t.http
      .post(`/api/v1/reception/sessions/${s.id}/hold`)
      .set(bearer(leader.token))
      .send({ version: s.version, heldOn })
      .expect(200);

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-12-30T03:00:00Z') });
    city = await agencyIdByCode(t, 'HN');
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
    cityLeader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
    desk = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    const own = await session('2026-03-10');
    const byDeputy = await session('2026-04-14');
    const deputy = { name: 'Lê Thị Phó', title: 'Phó Chánh Thanh tra thành phố' };
    const visits = [
      visitBody({ receptionKind: 'head_periodic', sessionId: own.id }),
      visitBody({
        receivedAt: '2026-04-14T08:30:00+07:00',
        receptionKind: 'delegated',
        sessionId: byDeputy.id,
        presidingHead: deputy,
      }),
    ];
    for (const body of visits) await postVisit(t, desk, body).expect(201);
    await hold(own, '2026-03-10');
    await hold(byDeputy, '2026-04-14');
    await session('2026-05-12'); // planned, never held: counts nowhere
  }, 60_000);
  afterAll(() => t.close());

  it('counts the session held by the authorised deputy in col 21 and the head’s own in col 12', async () => {
    const res = await t.http
      .get('/api/v1/statistics/forms/01-tcd')
      .query({ agencyId: city, from: '2026-01-01', to: '2026-12-31' })
      .set(bearer(cityLeader.token))
      .expect(200);
    const body = res.body as FormJson;
    const row = body.rows.find((r) => r.unit.id === tttp)!;
    expect({ col12: row.values[12], col21: row.values[21] }).toEqual({ col12: 1, col21: 1 });
    expect({ col12: body.total.values[12], col21: body.total.values[21] }).toEqual({
      col12: 1,
      col21: 1,
    });
    expect({ visits: row.values[13], authorisedVisits: row.values[22] }).toEqual({
      visits: 1,
      authorisedVisits: 1,
    });
    expect(body.checks).toEqual([]);
  });

  it('the summary’s headSessions counts both (col 12 + col 21)', async () => {
    const res = await t.http
      .get('/api/v1/statistics/summary')
      .query({ agencyId: city, from: '2026-01-01', to: '2026-12-31' })
      .set(bearer(cityLeader.token))
      .expect(200);
    expect((res.body as { reception: { headSessions: number } }).reception.headSessions).toBe(2);
  });
});
