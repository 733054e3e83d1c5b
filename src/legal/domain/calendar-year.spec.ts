import {
  changedDatesOf,
  diffCalendarDays,
  findCalendarYearProblems,
  isCalendarYear,
} from './calendar-year';
import {
  type CalendarDay,
  defaultCalendarForYear,
  FIRST_SEEDED_YEAR,
  LAST_SEEDED_YEAR,
} from './holiday-calendar';

function day(date: string, kind: CalendarDay['kind'], name = 'Ngày thử'): CalendarDay {
  return { date, kind, name, source: 'Văn bản thử' };
}

const fields = (year: number, days: CalendarDay[]) =>
  findCalendarYearProblems(year, days).map((p) => `${p.field}:${p.code}`);

describe('findCalendarYearProblems — an administrator’s list of special days (DOMAIN §10.2)', () => {
  const years = Array.from(
    { length: LAST_SEEDED_YEAR - FIRST_SEEDED_YEAR + 1 },
    (_, i) => FIRST_SEEDED_YEAR + i,
  );

  it.each(years)('accepts the seeded default calendar of %i', (year) => {
    expect(findCalendarYearProblems(year, defaultCalendarForYear(year))).toEqual([]);
  });

  it('refuses a date outside the year, naming the row', () => {
    expect(fields(2026, [day('2026-01-01', 'holiday'), day('2027-01-01', 'holiday')])).toEqual([
      'days.1.date:outsideYear',
    ]);
  });

  it('refuses the same date twice, naming the second row', () => {
    const days = [day('2026-11-24', 'holiday'), day('2026-11-24', 'holiday', 'Lặp')];
    expect(fields(2026, days)).toEqual(['days.1.date:duplicate']);
  });

  it('refuses a make-up working day on a weekday (it replaces a weekly rest day)', () => {
    expect(fields(2026, [day('2026-03-04', 'make_up_workday')])).toEqual([
      'days.0.kind:makeUpOnWeekday',
    ]);
  });

  it.each(['compensatory_day_off', 'swapped_day_off'] as const)(
    'refuses a %s on a Saturday or Sunday (BLLĐ 2019 Điều 111 khoản 3: it replaces a working day)',
    (kind) => {
      expect(fields(2026, [day('2026-03-07', kind)])).toEqual(['days.0.kind:dayOffOnWeekend']);
    },
  );

  it('accepts a holiday on a Sunday: its legal date stands (Giỗ Tổ 26/4/2026)', () => {
    expect(fields(2026, [day('2026-04-26', 'holiday')])).toEqual([]);
  });

  it('refuses an impossible date', () => {
    expect(fields(2026, [day('2026-02-30', 'holiday')])).toEqual(['days.0.date:isLocalDate']);
  });
});

describe('isCalendarYear', () => {
  it.each([
    [1999, false],
    [2000, true],
    [2100, true],
    [2101, false],
    [2026.5, false],
  ])('%d → %s', (year, expected) => {
    expect(isCalendarYear(year)).toBe(expected);
  });
});

describe('diffCalendarDays — what an edit of a year changes', () => {
  const before = [
    day('2026-01-01', 'holiday', 'Tết Dương lịch'),
    day('2026-01-02', 'swapped_day_off'),
    day('2026-04-27', 'compensatory_day_off'),
  ];

  it('lists added, removed and changed dates, and their union in order', () => {
    const after = [
      day('2026-01-01', 'holiday', 'Tết Dương lịch'),
      day('2026-04-27', 'compensatory_day_off', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
      day('2026-11-24', 'holiday', 'Ngày Văn hóa Việt Nam'),
    ];
    const diff = diffCalendarDays(before, after);
    expect(diff).toEqual({
      added: ['2026-11-24'],
      removed: ['2026-01-02'],
      changed: ['2026-04-27'],
    });
    expect(changedDatesOf(diff)).toEqual(['2026-01-02', '2026-04-27', '2026-11-24']);
  });

  it('reports nothing for an identical list', () => {
    expect(changedDatesOf(diffCalendarDays(before, [...before].reverse()))).toEqual([]);
  });
});
