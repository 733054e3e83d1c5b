import { Role } from '../../src/auth/role';
import { EnforcementType as T } from '../../src/decisions/domain/recommended-measures';
import {
  figures,
  insertDecision,
  openEnforcement,
  progress,
} from '../factories/enforcement.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

// enforcement.referredToInvestigationCases is "Đã khởi tố — số vụ" (02/KQGQ col 17, 04/KQGQ
// col 22): the criminal cases prosecuted, Σ of the `cases` of the prosecution results recorded
// in the period — not the number of referrals. One referral may end in two cases, another in
// none (DOMAIN §6.1).

describe('statistics: cases prosecuted after a referral to the investigation agency', () => {
  let t: TestApp;
  let city: string;
  let oversight: TestOfficer;

  const Q2 = { from: '2026-04-01', to: '2026-06-30' };
  const Q3 = { from: '2026-07-01', to: '2026-09-30' };

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-12-30T03:00:00Z') });
    city = await agencyIdByCode(t, 'HN');
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    const btcd = await agencyIdByCode(t, 'HN-BTCD');
    const leader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
    oversight = await createOfficer(t, { roles: [Role.Oversight], agencyId: city });
    const referral = (persons: number) => ({ type: T.ReferInvestigation, persons });
    const result = (on: string, cases: number, persons: number) => ({
      on,
      documentRef: `KT-${on}`,
      cases,
      persons,
    });

    // A complaint decision (HN-TTTP) with three referrals: two cases and three persons in Q2, no
    // prosecution at all in Q2, one case and one person in Q3.
    const a = await insertDecision(t, {
      agencyId: tttp,
      signerId: leader.id,
      issuedOn: '2026-01-05',
      legalEffectOn: '2026-01-15',
      measures: [referral(3), referral(1), referral(1)],
    });
    let view = await openEnforcement(t, leader, a);
    view = await progress(t, leader, view, 0, result('2026-05-10', 2, 3));
    view = await progress(t, leader, view, 2, result('2026-06-01', 0, 0));
    await progress(t, leader, view, 1, result('2026-08-20', 1, 1));

    // A denunciation conclusion (HN-BTCD): one case, two persons in Q2.
    const b = await insertDecision(t, {
      agencyId: btcd,
      signerId: leader.id,
      issuedOn: '2026-01-20',
      legalEffectOn: '2026-02-01',
      kind: 'denunciation_conclusion',
      measures: [referral(2)],
    });
    await progress(t, leader, await openEnforcement(t, leader, b), 0, result('2026-04-20', 1, 2));
  }, 60_000);
  afterAll(() => t.close());

  const get = (path: string) => t.http.get(`/api/v1/${path}`).set(bearer(oversight.token));
  const scope = (p: { from: string; to: string }) =>
    new URLSearchParams({ ...p, agencyId: city }).toString();

  it('sums the cases of the results in the period (2 + 0 + 1 in Q2), as 02/KQGQ and 04/KQGQ do', async () => {
    const q2 = await get(`statistics/summary?${scope(Q2)}`);
    expect(q2.status).toBe(200);
    expect(q2.body.enforcement).toMatchObject({
      referredToInvestigationCases: 3,
      referredToInvestigationPersons: 5,
    });
    const { form02, form04 } = await figures(t, oversight, Q2.from, Q2.to, city);
    expect(form02.figures.prosecutedCases).toBe(2);
    expect(form04.figures.prosecutedCases).toBe(1);

    const q3 = await get(`statistics/summary?${scope(Q3)}`);
    expect(q3.body.enforcement).toMatchObject({
      referredToInvestigationCases: 1,
      referredToInvestigationPersons: 1,
    });
  });

  it('drills into the referrals with the cases each adds (a referral without prosecution adds none)', async () => {
    const res = await get(
      `statistics/figures/enforcement.referredToInvestigationCases/records?${scope(Q2)}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.figure).toEqual({
      key: 'enforcement.referredToInvestigationCases',
      value: 3,
      unit: 'case',
      measure: 'sum',
    });
    const quantities = (res.body.items as { quantity: number }[]).map((i) => i.quantity);
    expect(quantities.sort()).toEqual([1, 2]);
  });
});
