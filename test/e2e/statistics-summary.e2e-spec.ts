import { randomUUID } from 'node:crypto';

import { Role } from '../../src/auth/role';
import { EnforcementType as T } from '../../src/decisions/domain/recommended-measures';
import {
  PETITION_KEYS,
  RECEPTION_KEYS,
  RESOLUTION_COUNT_KEYS,
  SUMMARY_KEYS,
} from '../../src/statistics/domain/summary-shape';
import {
  figures,
  insertDecision,
  money,
  openEnforcement,
  progress,
} from '../factories/enforcement.factory';
import {
  acceptedComplaint,
  act,
  openedDenunciation,
  type ResolutionTeam,
  resolutionTeam,
  signer,
  travelTo,
} from '../factories/resolution.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

// GET /statistics/summary (DESIGN §5) on a hand-built timeline crossing the period 1/4–30/6/2026:
// complaints accepted before it and withdrawn before / in / after it, one accepted in it and one
// after it; a decision effective before the period and completed in it; a canary denouncer.

const P = 'from=2026-04-01&to=2026-06-30';
const CANARY = `Canary Tố Cáo Hoàng ${randomUUID().slice(0, 8)}`;

describe('statistics summary over a period', () => {
  let t: TestApp;
  let tttp: string;
  let team: ResolutionTeam;
  let oversight: TestOfficer;
  let desk: TestOfficer;
  const due: Record<string, string> = {};

  const get = (who: TestOfficer, path: string) =>
    t.http.get(`/api/v1/statistics/${path}`).set(bearer(who.token));
  const withdraw = async (c: { id: string; version: number }, on: string) => {
    const res = await act(t, team.leader, `/complaints/${c.id}/withdraw`, {
      version: c.version,
      withdrawal: { on, inWriting: true },
      signer,
    });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-10T03:00:00Z') });
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    team = await resolutionTeam(t, tttp);
    desk = team.desk;
    const city = await agencyIdByCode(t, 'HN');
    oversight = await createOfficer(t, { roles: [Role.Oversight], agencyId: city });
    const all = [team.desk, team.leader, team.investigator, team.other, oversight];

    const a = (await acceptedComplaint(t, team)).complaint; // withdrawn before the period
    const b = (await acceptedComplaint(t, team)).complaint; // withdrawn in it
    const c = (await acceptedComplaint(t, team)).complaint; // withdrawn after it
    due.b = b.deadline.dueOn;
    due.c = c.deadline.dueOn;
    await openedDenunciation(t, team, { name: CANARY }); // never accepted: not in competence
    await travelTo(t, '2026-03-20', all);
    await withdraw(a, '2026-03-20');
    await travelTo(t, '2026-04-15', all);
    await withdraw(b, '2026-04-15');
    await travelTo(t, '2026-05-04', all);
    const d = (await acceptedComplaint(t, team, { decisionKnownOn: '2026-04-30' })).complaint; // accepted in the period
    due.d = d.deadline.dueOn;
    await travelTo(t, '2026-07-02', all);
    await acceptedComplaint(t, team, { decisionKnownOn: '2026-06-30' }); // after the period
    await travelTo(t, '2026-07-05', all);
    await withdraw(c, '2026-07-05');

    // Enforcement: X effective before the period, 100 of 300 million before it, the rest in it;
    // Y effective after the period.
    const x = await insertDecision(t, {
      agencyId: tttp,
      signerId: team.leader.id,
      issuedOn: '2025-12-20', // registered in 2025: no clash with the API's 2026 numbers
      legalEffectOn: '2026-03-15',
      measures: [{ type: T.RecoverMoney, amount: '300000000' }],
    });
    let view = await openEnforcement(t, team.leader, x);
    view = await progress(t, team.investigator, view, 0, money('2026-03-25', '100000000'));
    view = await progress(t, team.investigator, view, 0, money('2026-05-10', '200000000'));
    expect(view.completedOn).toBe('2026-05-10');
    const y = await insertDecision(t, {
      agencyId: tttp,
      signerId: team.leader.id,
      issuedOn: '2025-12-21',
      legalEffectOn: '2026-07-03',
      measures: [{ type: T.ReturnMoneyPerson, amount: '5000000', beneficiaries: 1 }],
    });
    await openEnforcement(t, team.leader, y);
  }, 120_000);
  afterAll(() => t.close());

  it('returns exactly the DESIGN §5 keys with the period convention named', async () => {
    const res = await get(oversight, `summary?${P}&agencyId=${tttp}`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual([...SUMMARY_KEYS]);
    expect(res.body.period).toEqual({ from: '2026-04-01', to: '2026-06-30', convention: 'custom' });
    expect(res.body.agency).toEqual({ id: tttp, name: 'Thanh tra thành phố Hà Nội' });
    expect(Object.keys(res.body.reception)).toEqual([...RECEPTION_KEYS]);
    expect(Object.keys(res.body.petitions)).toEqual([...PETITION_KEYS]);
    expect(Object.keys(res.body.complaints)).toEqual([...RESOLUTION_COUNT_KEYS, 'resolutionRate']);
    const named = await get(
      oversight,
      `summary?period=2026-Q2&convention=statutory&agencyId=${tttp}`,
    );
    expect(named.body.period).toEqual({
      from: '2026-03-15',
      to: '2026-06-14',
      convention: 'statutory',
    });
  });

  it('counts carry-over in and out, a withdrawal as resolved, and pending cases', async () => {
    const res = await get(oversight, `summary?${P}&agencyId=${tttp}`);
    const overdue = [due.c, due.d].filter((d) => d! < '2026-06-30').length;
    expect(due.b! < '2026-04-15').toBe(true); // b's withdrawal on 15/4 came after its due date
    expect(res.body.complaints).toEqual({
      inCompetence: 3, // b, c carried over; d accepted in the period
      carriedOver: 2,
      accepted: 1,
      resolved: 1, // b, by withdrawal
      resolvedByDecision: 0,
      resolvedByWithdrawal: 1,
      resolutionRate: 1 / 3,
      right: 0,
      partlyRight: 0,
      wrong: 0,
      onTime: 0,
      late: 1, // b was withdrawn after its due date (DOMAIN §4.7, as 01/KQGQ col 26)
      pending: 2, // c (resolved only after the period) and d
      overdue,
    });
    expect(res.body.denunciations).toMatchObject({ inCompetence: 0, resolutionRate: null });
    // Reception: the visit of d's petition (4/5) is the only one in the period.
    expect(res.body.reception).toMatchObject({
      visits: 1,
      persons: 1,
      cases: 1,
      casesFirstTime: 1,
    });
    // Petitions proposed for acceptance before the period and not handled carry over.
    expect(res.body.petitions).toMatchObject({ carriedOver: 4, received: 1, total: 5, handled: 0 });
  });

  it('counts a decision effective before the period and completed in it, as the enforcement module does', async () => {
    const res = await get(oversight, `summary?${P}&agencyId=${tttp}`);
    expect(res.body.enforcement).toMatchObject({
      complaintDecisions: { toImplement: 1, completed: 1, completionRate: 1 },
      denunciationConclusions: { toImplement: 0, completed: 0, completionRate: null },
      moneyToStateRecommended: '200000000',
      moneyToStateCollected: '200000000',
      moneyReturnRecommended: '0',
      landToStateCollected: '0',
    });
    const { form02 } = await figures(t, oversight, '2026-04-01', '2026-06-30', tttp);
    expect(form02.figures).toMatchObject({
      toImplement: res.body.enforcement.complaintDecisions.toImplement,
      completed: res.body.enforcement.complaintDecisions.completed,
      stateMoneyToRecover: res.body.enforcement.moneyToStateRecommended,
      stateMoneyRecovered: res.body.enforcement.moneyToStateCollected,
    });
    const q3 = await get(oversight, `summary?from=2026-07-01&to=2026-09-30&agencyId=${tttp}`);
    expect(q3.body.enforcement.complaintDecisions).toEqual({
      toImplement: 1, // y; x was completed before
      completed: 0,
      completionRate: 0,
    });
    expect(q3.body.enforcement.moneyReturnRecommended).toBe('5000000');
  });

  it('compares with the previous period and the same period last year, and draws a trend', async () => {
    const res = await get(oversight, `comparison?${P}&agencyId=${tttp}`);
    expect(res.status).toBe(200);
    expect(res.body.previous.period).toEqual({
      from: '2025-12-31',
      to: '2026-03-31',
      convention: 'custom',
    });
    expect(res.body.sameLastYear.period).toMatchObject({ from: '2025-04-01', to: '2025-06-30' });
    expect(res.body.previous.complaints).toMatchObject({
      inCompetence: 3,
      accepted: 3,
      resolved: 1,
    });
    expect(res.body.change.previous['complaints.accepted']).toBeCloseTo((1 - 3) / 3);
    expect(res.body.change.sameLastYear['complaints.accepted']).toBeNull();
    expect(res.body.change.previous['complaints.resolutionRate']).toBeCloseTo(1 / 3 - 1 / 3);

    const trend = await get(
      oversight,
      `trend?period=2026-M06&convention=calendar&periods=4&agencyId=${tttp}`,
    );
    expect(trend.status).toBe(200);
    const points = trend.body.periods as {
      code: string;
      summary: { complaints: { accepted: number } };
    }[];
    expect(points.map((p) => p.code)).toEqual(['2026-M03', '2026-M04', '2026-M05', '2026-M06']);
    expect(points.map((p) => p.summary.complaints.accepted)).toEqual([3, 0, 1, 0]);
    const tooLong = await get(oversight, `trend?period=2026&periods=61`);
    expectError(tooLong, 400, 'STATISTICS_PERIOD_INVALID', 'periods');
    const notNumber = await get(oversight, `trend?period=2026&periods=abc`);
    expectError(notNumber, 400, 'STATISTICS_PERIOD_INVALID', 'periods');
  });

  it('never shows the denouncer’s name in any statistics output', async () => {
    const paths = [
      `summary?${P}`,
      `comparison?${P}`,
      `trend?period=2026-Q1&periods=3`,
      `figures?from=2026-03-01&to=2026-07-31`,
      `figures/petitions.total/records?from=2026-03-01&to=2026-07-31`,
      `figures/reception.cases/records?from=2026-03-01&to=2026-07-31`,
      `figures/petitions.received/records?from=2026-03-01&to=2026-03-31&agencyId=${tttp}`,
    ];
    for (const path of paths) {
      const res = await get(oversight, path);
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain(CANARY);
      expect(JSON.stringify(res.body)).not.toContain('Canary');
    }
  });

  it('refuses a 100-year period (400 naming the field) and an unknown agency (404)', async () => {
    const long = await get(oversight, 'summary?from=2000-01-01&to=2099-12-31');
    expectError(long, 400, 'STATISTICS_PERIOD_INVALID', 'to');
    const named = await get(oversight, 'summary?period=2126');
    expectError(named, 400, 'STATISTICS_PERIOD_INVALID', 'period');
    const unknown = await get(oversight, `summary?${P}&agencyId=${randomUUID()}`);
    expectError(unknown, 404, 'NOT_FOUND');
    const badId = await get(oversight, `summary?${P}&agencyId=nope`);
    expectError(badId, 400, 'VALIDATION_FAILED', 'agencyId');
  });

  it('lets oversight and leaders read statistics, not a reception officer (403)', async () => {
    expect((await get(team.leader, `summary?${P}`)).status).toBe(200);
    const refused = await get(desk, `summary?${P}`);
    expect(refused.status).toBe(403);
    expect((await get(desk, `figures?${P}`)).status).toBe(403);
    expect((await get(desk, `figures/complaints.resolved/records?${P}`)).status).toBe(403);
  });
});
