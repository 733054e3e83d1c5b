import { customPeriod } from '../domain/report-period';
import { buildReportScope, overlaps, type UnitRow } from './report-scope';

const unit = (
  id: string,
  validFrom: string,
  validTo: string | null,
  parentId: string | null = 'HN',
): UnitRow => ({
  id,
  code: id,
  name: `Đơn vị ${id}`,
  level: parentId ? 'district' : 'province',
  parentId,
  validFrom,
  validTo,
});

describe('report scope: one row per child unit plus the agency itself (DESIGN.md §5 roll-up)', () => {
  const units = [
    unit('HN', '2000-01-01', null, null),
    unit('BD', '2000-01-01', '2025-06-30'),
    unit('PX', '2025-07-01', null),
  ];
  const rollUp = [
    { id: 'HN', unitId: null },
    { id: 'BD', unitId: 'BD' },
    { id: 'BD-1', unitId: 'BD' },
    { id: 'BD-2', unitId: 'BD' },
    { id: 'PX', unitId: 'PX' },
  ];

  it('puts every agency of the subtree in exactly one row, so the rows add up to the total', () => {
    const scope = buildReportScope(customPeriod('2017-01-01', '2017-12-31'), units, rollUp);
    const perRow = scope.units.flatMap((u) => u.agencyIds).sort();
    expect(perRow).toEqual([...scope.agencyIds].sort());
    expect(scope.units.map((u) => [u.id, u.own, u.agencyIds])).toEqual([
      ['HN', true, ['HN']],
      ['BD', false, ['BD', 'BD-1', 'BD-2']],
      ['PX', false, ['PX']],
    ]);
  });

  it('marks the old tree in force in 2017 and the post-1/7/2025 tree in 2026; both in 2025', () => {
    const inForce = (from: string, to: string) =>
      buildReportScope(customPeriod(from, to), units, rollUp)
        .units.filter((u) => u.inForce)
        .map((u) => u.id);
    expect(inForce('2017-01-01', '2017-12-31')).toEqual(['HN', 'BD']);
    expect(inForce('2026-01-01', '2026-06-30')).toEqual(['HN', 'PX']);
    expect(inForce('2025-01-01', '2025-12-31')).toEqual(['HN', 'BD', 'PX']);
  });

  it('counts validity bounds inclusively', () => {
    expect(overlaps({ validFrom: '2025-07-01', validTo: null }, '2025-06-01', '2025-07-01')).toBe(
      true,
    );
    expect(
      overlaps({ validFrom: '2000-01-01', validTo: '2025-06-30' }, '2025-06-30', '2025-07-31'),
    ).toBe(true);
    expect(
      overlaps({ validFrom: '2000-01-01', validTo: '2025-06-30' }, '2025-07-01', '2025-07-31'),
    ).toBe(false);
  });
});
