import { resolvePeriod } from '../../domain/resolve-period';
import { monthBuckets, monthlySeries } from './monthly-intake';

describe('monthly intake buckets of the oversight trend chart', () => {
  it('statutory year 2017 (TT 03/2013 Điều 9, 16 → 15): twelve months, days shifted back 15', () => {
    const b = monthBuckets(resolvePeriod({ period: '2017' }));
    expect([b.shiftDays, b.monthOffset, b.months.length]).toEqual([15, 1, 12]);
    expect(b.months[0]).toEqual({ year: 2017, month: 1 });
    // 16/12/2016 − 15 days = 01/12/2016 → bucket Dec 2016 → report month 1/2017.
    const points = monthlySeries(b, [
      { series: 'petitions', month: '2016-12-01', n: 3 },
      { series: 'visits', month: '2017-11-01', n: 2 },
    ]);
    expect(points[0]).toEqual({ year: 2017, month: 1, petitions: 3, visits: 0 });
    expect(points[11]).toEqual({ year: 2017, month: 12, petitions: 0, visits: 2 });
  });

  it('statutory 2025-Q1 (TT 01/2024, 15 → 14): three months, days shifted back 14', () => {
    const b = monthBuckets(resolvePeriod({ period: '2025-Q1' }));
    expect([b.shiftDays, b.monthOffset, b.months]).toEqual([
      14,
      1,
      [
        { year: 2025, month: 1 },
        { year: 2025, month: 2 },
        { year: 2025, month: 3 },
      ],
    ]);
  });

  it('calendar periods take months as they are; custom ranges from a month up', () => {
    const calendar = monthBuckets(resolvePeriod({ period: '2026-H1', convention: 'calendar' }));
    expect([calendar.shiftDays, calendar.monthOffset, calendar.months.length]).toEqual([0, 0, 6]);
    const custom = monthBuckets(resolvePeriod({ from: '2026-01-20', to: '2026-03-05' }));
    expect(custom.months).toEqual([
      { year: 2026, month: 1 },
      { year: 2026, month: 2 },
      { year: 2026, month: 3 },
    ]);
    expect(monthBuckets(resolvePeriod({ from: '2026-01-01', to: '2026-01-10' })).months).toEqual(
      [],
    );
  });

  it('ignores rows outside the period’s months and fills missing months with zeros', () => {
    const b = monthBuckets(resolvePeriod({ period: '2026-M03', convention: 'calendar' }));
    const points = monthlySeries(b, [{ series: 'visits', month: '2026-04-01', n: 9 }]);
    expect(points).toEqual([{ year: 2026, month: 3, petitions: 0, visits: 0 }]);
  });
});
