import { Role } from '../../src/auth/role';
import { postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { interleave } from '../support/interleave';
import { createTestApp, type TestApp } from '../support/test-app';

const HEAD = { headName: 'Nguyễn Văn Hùng', headTitle: 'Chánh Thanh tra thành phố' };

/** Luật Tiếp công dân 2013 Điều 12, 13, 15, 18 (D17): the head's periodic reception sessions. */
describe('reception sessions of the head (kỳ tiếp) and the minimum the law sets', () => {
  let t: TestApp;
  let tttp: string;
  let leader: TestOfficer;
  let officer: TestOfficer;

  const plan = (who: TestOfficer, body: object) =>
    t.http.post('/api/v1/reception/sessions').set(bearer(who.token)).send(body);
  const act = (who: TestOfficer, id: string, action: string, body: object) =>
    t.http.post(`/api/v1/reception/sessions/${id}/${action}`).set(bearer(who.token)).send(body);
  const compliance = (who: TestOfficer, query: object) =>
    t.http.get('/api/v1/reception/sessions/compliance').query(query).set(bearer(who.token));

  beforeAll(async () => {
    t = await createTestApp();
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
    officer = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
  });
  afterAll(() => t.close());

  it('plans a session, attaches the head’s periodic visits to it, marks it held and reports compliance', async () => {
    const session = await plan(leader, {
      ...HEAD,
      plannedOn: '2026-03-10',
      place: 'Trụ sở Tiếp công dân thành phố',
    }).expect(201);
    expect(session.body).toMatchObject({
      agencyId: tttp,
      status: 'planned',
      heldOn: null,
      version: 1,
    });
    const sessionId = session.body.id;

    const visit = await postVisit(
      t,
      officer,
      visitBody({ receptionKind: 'head_periodic', sessionId }),
    ).expect(201);
    expect(visit.body).toMatchObject({
      sessionId,
      receptionKind: 'head_periodic',
      presidingHead: { name: HEAD.headName, title: HEAD.headTitle },
    });
    const named = { name: 'Lê Thị Phó', title: 'Phó Chánh Thanh tra thành phố' };
    const second = visitBody({ receptionKind: 'head_periodic', sessionId, presidingHead: named });
    expect((await postVisit(t, officer, second).expect(201)).body.presidingHead).toEqual(named);

    expectError(
      await act(leader, sessionId, 'hold', { version: 1, heldOn: '2026-03-11' }),
      400,
      'RECEPTION_SESSION_INVALID',
      'heldOn',
    );
    expectError(
      await act(leader, sessionId, 'hold', { version: 7, heldOn: '2026-03-10' }),
      409,
      'STALE_VERSION',
      'version',
    );
    const held = await act(leader, sessionId, 'hold', { version: 1, heldOn: '2026-03-10' }).expect(
      200,
    );
    expect(held.body).toMatchObject({ status: 'held', heldOn: '2026-03-10', version: 2 });
    expectError(
      await act(leader, sessionId, 'cancel', { version: 2, reason: 'Đã tổ chức' }),
      409,
      'RECEPTION_SESSION_INVALID_TRANSITION',
      'status',
    );

    const report = await compliance(leader, { from: '2026-02-01', to: '2026-03-31' }).expect(200);
    expect(report.body).toMatchObject({
      agency: { id: tttp, level: 'province', kind: 'inspectorate' },
      rule: { key: 'D17' },
      unit: 'month',
      minDaysPerUnit: 1,
      requiredDays: 2,
      heldDays: 1,
      heldSessions: 1,
      isCompliant: false,
    });
    expect(report.body.legalBasis).toContain('Điều 18');
    expect(report.body.units).toEqual([
      {
        from: '2026-02-01',
        to: '2026-02-28',
        isWhole: true,
        requiredDays: 1,
        heldDays: 0,
        isMet: false,
      },
      {
        from: '2026-03-01',
        to: '2026-03-31',
        isWhole: true,
        requiredDays: 1,
        heldDays: 1,
        isMet: true,
      },
    ]);
    const audit = await t.dataSource.query<{ action: string }[]>(
      'SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq',
      [sessionId],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'reception_session.plan',
      'reception_session.hold',
    ]);
  });

  it('a commune chair must receive every week (Luật TCD 2013 Điều 15)', async () => {
    const commune = await agencyIdByCode(t, 'HN-P-BADINH');
    const chair = await createOfficer(t, { roles: [Role.Leader], agencyId: commune });
    const report = await compliance(chair, { from: '2026-03-02', to: '2026-03-15' }).expect(200);
    expect(report.body).toMatchObject({
      unit: 'week',
      minDaysPerUnit: 1,
      requiredDays: 2,
      heldDays: 0,
      isCompliant: false,
    });
    expect(report.body.legalBasis).toContain('Điều 15');
  });

  it('refuses a periodic visit without its session, on another day, or on a cancelled session', async () => {
    const periodic = { receptionKind: 'head_periodic', presidingHead: { name: 'A', title: 'B' } };
    expectError(
      await postVisit(t, officer, visitBody(periodic)),
      400,
      'RECEPTION_SESSION_INVALID',
      'sessionId',
    );
    const later = await plan(leader, {
      ...HEAD,
      plannedOn: '2026-03-17',
      place: 'Hội trường',
    }).expect(201);
    const onOtherDay = visitBody({ ...periodic, sessionId: later.body.id });
    expectError(
      await postVisit(t, officer, onOtherDay),
      400,
      'RECEPTION_SESSION_INVALID',
      'sessionId',
    );
    const today = await plan(leader, {
      ...HEAD,
      plannedOn: '2026-03-10',
      place: 'Hội trường',
    }).expect(201);
    await act(leader, today.body.id, 'cancel', {
      version: 1,
      reason: 'Thủ trưởng đi công tác',
    }).expect(200);
    const cancelled = await postVisit(
      t,
      officer,
      visitBody({ ...periodic, sessionId: today.body.id }),
    );
    expectError(cancelled, 400, 'RECEPTION_SESSION_INVALID', 'sessionId');
    expect(cancelled.body.errors[0].code).toBe('sessionCancelled');
    const regular = visitBody({ sessionId: later.body.id });
    expectError(
      await postVisit(t, officer, regular),
      400,
      'RECEPTION_SESSION_INVALID',
      'sessionId',
    );
  });

  it('keeps sessions of one agency from the officers of another (404) and from desk staff writes (403)', async () => {
    const s = await plan(leader, { ...HEAD, plannedOn: '2026-03-20', place: 'Hội trường' }).expect(
      201,
    );
    const district = await agencyIdByCode(t, 'HN-P-BADINH');
    const stranger = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: district });
    expectError(
      await t.http.get(`/api/v1/reception/sessions/${s.body.id}`).set(bearer(stranger.token)),
      404,
      'NOT_FOUND',
    );
    const visit = visitBody({ receptionKind: 'head_unscheduled', sessionId: s.body.id });
    expectError(await postVisit(t, stranger, visit), 400, 'RECEPTION_SESSION_INVALID', 'sessionId');
    expectError(
      await plan(officer, { ...HEAD, plannedOn: '2026-03-20', place: 'X' }),
      403,
      'FORBIDDEN',
    );
    const list = await t.http
      .get('/api/v1/reception/sessions')
      .set(bearer(officer.token))
      .expect(200);
    expect((list.body.items as { id: string }[]).map((x) => x.id)).toContain(s.body.id);
    const theirs = await t.http
      .get('/api/v1/reception/sessions')
      .set(bearer(stranger.token))
      .expect(200);
    expect(theirs.body.items).toEqual([]);
  });

  it('lists sessions newest planned day first, page by page with the cursor, two on one day by id', async () => {
    const planned: string[] = [];
    for (const plannedOn of ['2026-05-05', '2026-05-12', '2026-05-12']) {
      const s = await plan(leader, { ...HEAD, plannedOn, place: 'Hội trường' }).expect(201);
      planned.push(s.body.id as string);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query = { from: '2026-05-01', to: '2026-05-31', limit: 1, ...(cursor && { cursor }) };
      const page = await t.http
        .get('/api/v1/reception/sessions')
        .query(query)
        .set(bearer(leader.token))
        .expect(200);
      seen.push(...(page.body.items as { id: string }[]).map((s) => s.id));
      cursor = page.body.nextCursor as string | null;
    } while (cursor);
    const [earlier, ...sameDay] = planned;
    expect(seen).toEqual([...sameDay.sort().reverse(), earlier]);
  });

  it('refuses a reversed or too long period, naming the field', async () => {
    expectError(
      await compliance(leader, { from: '2026-03-02', to: '2026-03-01' }),
      400,
      'RECEPTION_PERIOD_INVALID',
      'to',
    );
    expectError(
      await compliance(leader, { from: '2025-01-01', to: '2026-03-01' }),
      400,
      'RECEPTION_PERIOD_INVALID',
      'to',
    );
    expectError(
      await compliance(leader, { from: '2026-02-30', to: '2026-03-01' }),
      400,
      'VALIDATION_FAILED',
      'from',
    );
  });

  describe('two leaders acting on one session at once (DESIGN.md §7: 409 on a stale write)', () => {
    const sessionRow = async (id: string) =>
      (
        await t.dataSource.query<{ status: string; version: number }[]>(
          'SELECT status, version FROM reception_session WHERE id = $1',
          [id],
        )
      )[0];

    it('lets exactly one of a parallel hold and cancel through; the other gets 409', async () => {
      const other = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
      for (let round = 0; round < 3; round++) {
        const s = await plan(leader, { ...HEAD, plannedOn: '2026-03-09', place: 'Hội trường' });
        const id = s.body.id as string;
        const [hold, cancel] = await Promise.all([
          act(leader, id, 'hold', { version: 1, heldOn: '2026-03-09' }),
          act(other, id, 'cancel', { version: 1, reason: 'Thủ trưởng đi công tác' }),
        ]);
        expect([hold.status, cancel.status].sort()).toEqual([200, 409]);
        const loser = hold.status === 409 ? hold : cancel;
        expect(['STALE_VERSION', 'RECEPTION_SESSION_INVALID_TRANSITION']).toContain(
          loser.body.code,
        );
        const winner = hold.status === 200 ? 'held' : 'cancelled';
        expect(await sessionRow(id)).toEqual({ status: winner, version: 2 });
      }
    });

    it('never holds a session cancelled after the hold was checked, even with the next version', async () => {
      const s = await plan(leader, { ...HEAD, plannedOn: '2026-03-09', place: 'Hội trường' });
      const id = s.body.id as string;
      // The cancel commits after the hold read the planned session and before it writes; the
      // client sends the version the cancel produces.
      const res = await interleave(t, {
        lock: 'LOCK TABLE agency IN ACCESS EXCLUSIVE MODE',
        change: [
          `UPDATE reception_session SET status = 'cancelled', cancel_reason = 'Đi công tác',
                  version = version + 1 WHERE id = $1`,
          [id],
        ],
        request: () => act(leader, id, 'hold', { version: 2, heldOn: '2026-03-09' }),
      });
      expectError(res, 409, 'RECEPTION_SESSION_INVALID_TRANSITION', 'status');
      expect(await sessionRow(id)).toEqual({ status: 'cancelled', version: 2 });
    });
  });
});
