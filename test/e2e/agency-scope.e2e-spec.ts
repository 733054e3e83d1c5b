import { AgencyScopeService } from '../../src/agencies/agency-scope.service';
import { agencyIdByCode } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

describe('record scope over the agency tree (AgencyScopeService, DESIGN.md §7)', () => {
  let t: TestApp;
  let scope: AgencyScopeService;
  let hn: string;
  let badinh: string;
  let phuongBadinh: string;

  beforeAll(async () => {
    t = await createTestApp();
    scope = t.app.get(AgencyScopeService);
    hn = await agencyIdByCode(t, 'HN');
    badinh = await agencyIdByCode(t, 'HN-Q-BADINH');
    phuongBadinh = await agencyIdByCode(t, 'HN-P-BADINH');
  });
  afterAll(() => t.close());

  it('gives an officer who does not see the subtree only their own agency', async () => {
    expect(await scope.visibleAgencyIds({ agencyId: hn, seesSubtree: false })).toEqual([hn]);
    expect(await scope.isVisible({ agencyId: hn, seesSubtree: false }, badinh)).toBe(false);
  });

  it('gives a city leader the units in force on the day asked', async () => {
    const leader = { agencyId: hn, seesSubtree: true };
    const before = await scope.visibleAgencyIds(leader, '2025-06-30');
    const after = await scope.visibleAgencyIds(leader, '2025-07-01');
    expect(before).toHaveLength(33); // the city, its inspectorate, its board, 30 districts
    expect(before).toContain(badinh);
    expect(after).toHaveLength(129); // the city, its inspectorate, its board, 126 communes
    expect(after).not.toContain(badinh);
    expect(await scope.isVisible(leader, phuongBadinh, '2025-07-01')).toBe(true);
  });

  it('gives a city leader the whole history when no day is given', async () => {
    const all = await scope.visibleAgencyIds({ agencyId: hn, seesSubtree: true });
    expect(all).toHaveLength(1 + 2 + 31 + 126); // incl. Huyện Từ Liêm (until 31/3/2014)
    expect(all).toEqual(expect.arrayContaining([badinh, phuongBadinh]));
  });

  it('keeps an ended district’s own records visible to its own officers', async () => {
    const districtLeader = { agencyId: badinh, seesSubtree: true };
    expect(await scope.visibleAgencyIds(districtLeader, '2026-01-01')).toEqual([badinh]);
    expect(await scope.isVisible(districtLeader, hn)).toBe(false);
  });
});
