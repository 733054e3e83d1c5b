import { Role } from '../../src/auth/role';
import { EnforcementType as T } from '../../src/decisions/domain/recommended-measures';
import { agencyIdByCode, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  figures,
  insertDecision,
  land,
  money,
  openEnforcement,
  progress,
} from '../factories/enforcement.factory';

// 02/KQGQ figures per period (DESIGN §5): a decision with four items completed over three
// quarters, and a decision of another unit carried over incomplete into the next period.

describe('enforcement figures (02/KQGQ, 04/KQGQ) over periods', () => {
  let t: TestApp;
  let tttp: string;
  let btcd: string;
  let city: string;
  let leader: TestOfficer;
  let investigator: TestOfficer;
  let oversight: TestOfficer;

  const Q1 = ['2026-01-01', '2026-03-31'] as const;
  const Q2 = ['2026-04-01', '2026-06-30'] as const;
  const Q3 = ['2026-07-01', '2026-09-30'] as const;
  const Q4 = ['2026-10-01', '2026-12-31'] as const;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-12-30T03:00:00Z') });
    city = await agencyIdByCode(t, 'HN');
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    btcd = await agencyIdByCode(t, 'HN-BTCD');
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
    investigator = await createOfficer(t, { roles: [Role.Investigator], agencyId: tttp });
    oversight = await createOfficer(t, { roles: [Role.Oversight], agencyId: city });

    // Decision A (HN-TTTP), effective 15/01: four items completed in Q1–Q3.
    const a = await insertDecision(t, {
      agencyId: tttp,
      signerId: leader.id,
      issuedOn: '2026-01-05',
      legalEffectOn: '2026-01-15',
      measures: [
        { type: T.RecoverMoney, amount: '300000000' },
        { type: T.ReturnLandPerson, area: '500.5', beneficiaries: 2 },
        { type: T.DisciplinePerson, persons: 2, officials: 1 },
        { type: T.ReferInvestigation, persons: 1 },
      ],
    });
    let view = await openEnforcement(t, leader, a);
    expect(view.items.map((i) => i.status)).toEqual([
      'not_started',
      'not_started',
      'not_started',
      'not_started',
    ]);
    view = await progress(t, investigator, view, 0, money('2026-02-10', '100000000'));
    view = await progress(t, investigator, view, 1, land('2026-03-05', '200.25'));
    view = await progress(t, investigator, view, 0, money('2026-05-20', '200000000'));
    view = await progress(t, investigator, view, 2, {
      on: '2026-06-01',
      documentRef: 'QĐ-KL-01',
      measure: 'Khiển trách',
      persons: 2,
      officials: 1,
    });
    view = await progress(t, investigator, view, 1, land('2026-08-15', '300.25'));
    expect(view.complete).toBe(false);
    view = await progress(t, investigator, view, 3, {
      on: '2026-09-01',
      documentRef: 'QĐ-KT-01',
      cases: 1,
      persons: 1,
    });
    expect(view.complete).toBe(true);
    expect(view.completedOn).toBe('2026-09-01');
    expect(view.items.map((i) => [i.status, i.completedOn, i.achieved])).toEqual([
      ['completed', '2026-05-20', '300000000'],
      ['completed', '2026-08-15', '500.5'],
      ['completed', '2026-06-01', null],
      ['completed', '2026-09-01', null],
    ]);

    // Decision B (HN-BTCD), effective 20/03: 20 of 50 million collected, then nothing more.
    const b = await insertDecision(t, {
      agencyId: btcd,
      signerId: leader.id,
      issuedOn: '2026-03-02',
      legalEffectOn: '2026-03-20',
      measures: [{ type: T.ReturnMoneyOrg, amount: '50000000', beneficiaries: 1 }],
    });
    const viewB = await openEnforcement(t, leader, b);
    await progress(t, leader, viewB, 0, money('2026-03-25', '20000000'));
  }, 60_000);
  afterAll(() => t.close());

  it('Q1: decision A newly effective, partly carried out', async () => {
    const { form02, form04 } = await figures(t, oversight, ...Q1, tttp);
    expect(form02.figures).toMatchObject({
      toImplement: 1,
      carriedOver: 0,
      newlyEffective: 1,
      completed: 0,
      completionRate: 0,
      stateMoneyToRecover: '300000000',
      stateMoneyRecovered: '100000000',
      individualLandToReturn: '500.5',
      individualLandReturned: '200.25',
      individualsDisciplined: 0,
      prosecutedCases: 0,
    });
    expect(form02.row.slice(0, 6)).toEqual([1, 0, '300000000', '0', '100000000', '0']);
    expect(form04.figures).toMatchObject({ toImplement: 0, completed: 0, completionRate: null });
  });

  it('Q2: carried over; the money item completed, the discipline recorded', async () => {
    const { form02 } = await figures(t, oversight, ...Q2, tttp);
    expect(form02.figures).toMatchObject({
      toImplement: 1,
      carriedOver: 1,
      newlyEffective: 0,
      completed: 0,
      stateMoneyToRecover: '200000000',
      stateMoneyRecovered: '200000000',
      individualLandToReturn: '300.25',
      individualLandReturned: '0',
      individualsDisciplined: 2,
      officialsDisciplined: 1,
    });
  });

  it('Q3: the decision is completed (land returned, prosecution recorded)', async () => {
    const { form02 } = await figures(t, oversight, ...Q3, tttp);
    expect(form02.figures).toMatchObject({
      toImplement: 1,
      carriedOver: 1,
      completed: 1,
      completionRate: 1,
      stateMoneyToRecover: '0',
      stateMoneyRecovered: '0',
      individualLandToReturn: '300.25',
      individualLandReturned: '300.25',
      individualsRestored: 2,
      prosecutedCases: 1,
      prosecutedPersons: 1,
      individualsDisciplined: 0,
    });
    const q4 = await figures(t, oversight, ...Q4, tttp);
    expect(q4.form02.figures).toMatchObject({ toImplement: 0, completed: 0 });
  });

  it('carries an incomplete decision over into the next period, with what is left', async () => {
    const q1 = await figures(t, oversight, ...Q1, btcd);
    expect(q1.form02.figures).toMatchObject({
      toImplement: 1,
      newlyEffective: 1,
      carriedOver: 0,
      completed: 0,
      organisationMoneyToReturn: '50000000',
      organisationMoneyReturned: '20000000',
    });
    const q2 = await figures(t, oversight, ...Q2, btcd);
    expect(q2.form02.figures).toMatchObject({
      toImplement: 1,
      newlyEffective: 0,
      carriedOver: 1,
      completed: 0,
      organisationMoneyToReturn: '30000000',
      organisationMoneyReturned: '0',
    });
  });

  it('sums the agency and its subtree (the city sees both units)', async () => {
    const { form02 } = await figures(t, leader, ...Q2, city);
    expect(form02.figures).toMatchObject({ toImplement: 2, carriedOver: 2, completed: 0 });
    const half = await figures(t, oversight, '2026-01-01', '2026-12-31', city);
    expect(half.form02.figures).toMatchObject({
      toImplement: 2,
      newlyEffective: 2,
      completed: 1,
      completionRate: 0.5,
    });
  });

  it('refuses a period that ends before it starts (400 naming `to`)', async () => {
    const res = await t.http
      .get('/api/v1/enforcement/figures?from=2026-06-30&to=2026-01-01')
      .set({ Authorization: `Bearer ${oversight.token}` });
    expect(res.status).toBe(400);
    expect((res.body as { code: string }).code).toBe('ENFORCEMENT_PERIOD_INVALID');
    expect(JSON.stringify(res.body)).toContain('"field":"to"');
  });
});
