import { AgencyKind, AgencyLevel } from '../../agencies/domain/agency-enums';
import { assessCompliance, unitAround, unitsOf } from './head-reception-compliance';
import { headReceptionObligation } from './head-reception-frequency';

describe('minimum reception days of the head (D17; Luật Tiếp công dân 2013 Điều 12, 13, 15, 18)', () => {
  it.each([
    [AgencyLevel.Province, AgencyKind.PeopleCommittee, 'month', 1, 'Điều 12'],
    [AgencyLevel.District, AgencyKind.PeopleCommittee, 'month', 2, 'Điều 13'],
    [AgencyLevel.Commune, AgencyKind.PeopleCommittee, 'week', 1, 'Điều 15'],
    [AgencyLevel.Province, AgencyKind.Inspectorate, 'month', 1, 'Điều 18'],
    [AgencyLevel.Province, AgencyKind.Department, 'month', 1, 'Điều 18'],
    [AgencyLevel.District, AgencyKind.Other, 'month', 1, 'Điều 18'],
  ])('%s %s: at least %s… %i day(s) (%s)', (level, kind, unit, minDays, article) => {
    const o = headReceptionObligation(level, kind);
    expect([o.unit, o.minDays]).toEqual([unit, minDays]);
    expect(o.legalBasis).toContain(article);
  });
});

describe('months and weeks of a period', () => {
  it('weeks run Monday to Sunday', () => {
    expect(unitAround('week', '2026-03-10')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(unitAround('week', '2026-03-15')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
  });

  it('months are calendar months (February of a leap year has 29 days)', () => {
    expect(unitAround('month', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('clips the first and last unit to the period and marks them partial', () => {
    expect(unitsOf('month', { from: '2026-01-15', to: '2026-03-31' })).toEqual([
      { from: '2026-01-15', to: '2026-01-31', isWhole: false },
      { from: '2026-02-01', to: '2026-02-28', isWhole: true },
      { from: '2026-03-01', to: '2026-03-31', isWhole: true },
    ]);
  });
});

describe('held sessions against the minimum', () => {
  const district = headReceptionObligation(AgencyLevel.District, AgencyKind.PeopleCommittee);
  const commune = headReceptionObligation(AgencyLevel.Commune, AgencyKind.PeopleCommittee);

  it('a district chair who received once in January and twice in February met only February', () => {
    const a = assessCompliance(district, { from: '2025-01-01', to: '2025-02-28' }, [
      '2025-01-14',
      '2025-02-11',
      '2025-02-25',
    ]);
    expect(a.requiredDays).toBe(4);
    expect(a.heldDays).toBe(3);
    expect(a.isCompliant).toBe(false);
    expect(a.units.map((u) => [u.from, u.heldDays, u.isMet])).toEqual([
      ['2025-01-01', 1, false],
      ['2025-02-01', 2, true],
    ]);
  });

  it('two sessions on the same day count as one reception day', () => {
    const a = assessCompliance(district, { from: '2025-03-01', to: '2025-03-31' }, [
      '2025-03-04',
      '2025-03-04',
    ]);
    expect([a.heldDays, a.isCompliant]).toEqual([1, false]);
  });

  it('a commune chair must receive every whole week; partial weeks are not assessed', () => {
    const a = assessCompliance(commune, { from: '2026-03-01', to: '2026-03-22' }, [
      '2026-03-03',
      '2026-03-12',
      '2026-03-18',
    ]);
    expect(a.units.map((u) => [u.from, u.to, u.isWhole, u.isMet])).toEqual([
      ['2026-03-01', '2026-03-01', false, null],
      ['2026-03-02', '2026-03-08', true, true],
      ['2026-03-09', '2026-03-15', true, true],
      ['2026-03-16', '2026-03-22', true, true],
    ]);
    expect([a.requiredDays, a.heldDays, a.isCompliant]).toEqual([3, 3, true]);
  });

  it('a period without a whole unit is not assessed', () => {
    const a = assessCompliance(district, { from: '2025-03-10', to: '2025-03-20' }, []);
    expect([a.requiredDays, a.isCompliant]).toEqual([0, null]);
  });
});
