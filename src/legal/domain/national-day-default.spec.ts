import { dayOfWeek, localDate } from './local-date';
import { defaultNationalDayExtraDay } from './national-day-default';
import { NATIONAL_DAY_DECISIONS } from './official-announcements';

// BLLĐ 2019 Điều 112 khoản 1 điểm đ: Quốc khánh is 2/9 and one adjacent day, before or after;
// khoản 3: the Prime Minister chooses it each year. Default until the notice: the neighbour that is
// a working day and joins the weekend (Wednesday: 1/9, as 2026).
describe('defaultNationalDayExtraDay — the second Quốc khánh day without an announcement', () => {
  it.each([
    ['Sunday', 2029, '2029-09-03', 'Mon 3/9: 1/9 is a Saturday; Tue 4/9 is in lieu of Sunday'],
    ['Monday', 2030, '2030-09-03', 'Tue 3/9: 1/9 is a Sunday (as 2024)'],
    ['Tuesday', 2031, '2031-09-01', 'Mon 1/9 joins Sat–Sun 30–31/8 (as 2025)'],
    ['Wednesday', 2037, '2037-09-01', 'Tue 1/9: neither joins the weekend; 2026 took 1/9'],
    ['Thursday', 2027, '2027-09-03', 'Fri 3/9 joins Sat–Sun 4–5/9 (as 2021)'],
    ['Friday', 2033, '2033-09-01', 'Thu 1/9: 3/9 is a Saturday (as 2022)'],
    ['Saturday', 2028, '2028-09-01', 'Fri 1/9: 3/9 is a Sunday; Mon 4/9 in lieu (as 2023)'],
  ])('2/9 on a %s (%i) → %s — %s', (_weekday, year, expected) => {
    expect(defaultNationalDayExtraDay(year)).toBe(expected);
  });

  it('covers each weekday once in the table above (2027–2037)', () => {
    const weekdays = [2029, 2030, 2031, 2037, 2027, 2033, 2028].map((y) =>
      dayOfWeek(localDate(y, 9, 2)),
    );
    expect(weekdays).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it.each(NATIONAL_DAY_DECISIONS.map((d) => [d.year, d.extraDay]))(
    'agrees with the day the government chose in %i (%s)',
    (year, extraDay) => {
      expect(defaultNationalDayExtraDay(year)).toBe(extraDay);
    },
  );

  it.each([2029, 2030, 2031, 2037, 2027, 2033, 2028])(
    '%i: the default day is a weekday next to 2/9',
    (year) => {
      const day = defaultNationalDayExtraDay(year);
      expect([localDate(year, 9, 1), localDate(year, 9, 3)]).toContain(day);
      expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(day));
    },
  );
});
