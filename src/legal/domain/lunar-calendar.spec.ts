import { addDays, weekdayNameVi } from './local-date';
import { hungKingsDate, lunarToSolar, solarToLunar, tetDate } from './lunar-calendar';

// Published dates of Tết Nguyên đán and Giỗ Tổ Hùng Vương in Vietnam (UTC+7); 2024–2031 as in
// DOMAIN §10.2.
const TET: ReadonlyArray<[number, string]> = [
  [2012, '2012-01-23'],
  [2013, '2013-02-10'],
  [2014, '2014-01-31'],
  [2015, '2015-02-19'],
  [2016, '2016-02-08'],
  [2017, '2017-01-28'],
  [2018, '2018-02-16'],
  [2019, '2019-02-05'],
  [2020, '2020-01-25'],
  [2021, '2021-02-12'],
  [2022, '2022-02-01'],
  [2023, '2023-01-22'],
  [2024, '2024-02-10'],
  [2025, '2025-01-29'],
  [2026, '2026-02-17'],
  [2027, '2027-02-06'],
  [2028, '2028-01-26'],
  [2029, '2029-02-13'],
  [2030, '2030-02-02'],
  [2031, '2031-01-23'],
];

const HUNG_KINGS: ReadonlyArray<[number, string]> = [
  [2012, '2012-03-31'],
  [2013, '2013-04-19'],
  [2014, '2014-04-09'],
  [2015, '2015-04-28'],
  [2016, '2016-04-16'],
  [2017, '2017-04-06'],
  [2018, '2018-04-25'],
  [2019, '2019-04-14'],
  [2020, '2020-04-02'],
  [2021, '2021-04-21'],
  [2022, '2022-04-10'],
  [2023, '2023-04-29'],
  [2024, '2024-04-18'],
  [2025, '2025-04-07'],
  [2026, '2026-04-26'],
  [2027, '2027-04-16'],
  [2028, '2028-04-04'],
  [2029, '2029-04-23'],
  [2030, '2030-04-12'],
  [2031, '2031-04-01'],
];

describe('Vietnamese lunar calendar (Hồ Ngọc Đức algorithm, UTC+7)', () => {
  it.each(TET)('Tết Nguyên đán (mùng 1 tháng Giêng) %i falls on %s', (year, expected) => {
    expect(tetDate(year)).toBe(expected);
    expect(solarToLunar(expected)).toEqual({ day: 1, month: 1, year, leap: false });
  });

  it.each(HUNG_KINGS)('Giỗ Tổ Hùng Vương (10/3 âm lịch) %i falls on %s', (year, expected) => {
    expect(hungKingsDate(year)).toBe(expected);
  });

  it.each([
    ['2024-02-10', 'Thứ Bảy'],
    ['2026-02-17', 'Thứ Ba'],
    ['2027-02-06', 'Thứ Bảy'],
    ['2030-02-02', 'Thứ Bảy'],
    ['2031-01-23', 'Thứ Năm'],
  ])('Tết on %s is a %s, as in DOMAIN §10.2', (d, weekday) => {
    expect(weekdayNameVi(d)).toBe(weekday);
  });

  it('keeps Giỗ Tổ in the regular third month when 2031 has a leap third month', () => {
    expect(hungKingsDate(2031)).toBe('2031-04-01');
    expect(solarToLunar('2031-05-01')).toMatchObject({ month: 3, leap: true });
  });

  it.each([
    ['1985-01-21', 1985, 'Tết 1985 in Vietnam (20/02 in China)'],
    ['2007-02-17', 2007, 'Tết 2007 in Vietnam (18/02 in China)'],
    ['2030-02-02', 2030, 'Tết 2030 in Vietnam (03/02 in China)'],
  ])('uses UTC+7: %s is mùng 1 of %i (%s)', (d, year) => {
    expect(solarToLunar(d)).toEqual({ day: 1, month: 1, year, leap: false });
    expect(solarToLunar(addDays(d, -1)).month).toBe(12);
  });

  it.each([
    ['2026-02-16', { day: 29, month: 12, year: 2025, leap: false }], // 29 tháng Chạp Ất Tỵ
    ['2025-01-28', { day: 29, month: 12, year: 2024, leap: false }],
    ['2024-02-09', { day: 30, month: 12, year: 2023, leap: false }],
    ['2019-02-04', { day: 30, month: 12, year: 2018, leap: false }],
    ['2025-10-06', { day: 15, month: 8, year: 2025, leap: false }], // Tết Trung thu 2025
    ['2024-09-17', { day: 15, month: 8, year: 2024, leap: false }], // Tết Trung thu 2024
    ['2023-09-29', { day: 15, month: 8, year: 2023, leap: false }], // Tết Trung thu 2023
    ['2025-07-25', { day: 1, month: 6, year: 2025, leap: true }], // tháng 6 nhuận Ất Tỵ
  ])('solarToLunar(%s)', (d, expected) => {
    expect(solarToLunar(d)).toEqual(expected);
  });

  it.each([
    { day: 15, month: 8, year: 2025, leap: false, solar: '2025-10-06' },
    { day: 5, month: 5, year: 2025, leap: false, solar: '2025-05-31' },
    { day: 1, month: 6, year: 2025, leap: true, solar: '2025-07-25' },
    { day: 15, month: 7, year: 2025, leap: false, solar: '2025-09-06' },
    { day: 29, month: 12, year: 2025, leap: false, solar: '2026-02-16' },
  ])(
    'lunarToSolar($day, $month, $year, leap=$leap) = $solar',
    ({ day, month, year, leap, solar }) => {
      expect(lunarToSolar(day, month, year, leap)).toBe(solar);
    },
  );

  it.each([
    { day: 30, month: 12, year: 2025, leap: false, why: 'tháng Chạp Ất Tỵ has 29 days' },
    { day: 1, month: 6, year: 2024, leap: true, why: '2024 has no leap month' },
    { day: 1, month: 5, year: 2025, leap: true, why: 'the leap month of 2025 is the sixth' },
    { day: 1, month: 13, year: 2025, leap: false, why: 'there is no thirteenth month' },
    { day: 0, month: 1, year: 2025, leap: false, why: 'there is no day 0' },
    { day: 1, month: 1, year: 1800, leap: false, why: 'years before 1900 are out of range' },
  ])('lunarToSolar($day, $month, $year, leap=$leap) throws: $why', ({ day, month, year, leap }) => {
    expect(() => lunarToSolar(day, month, year, leap)).toThrow(RangeError);
  });

  it('converts every day of 2012–2031 to lunar and back to the same day', () => {
    const mismatches: string[] = [];
    for (let d = '2012-01-01'; d <= '2031-12-31'; d = addDays(d, 1)) {
      const l = solarToLunar(d);
      if (lunarToSolar(l.day, l.month, l.year, l.leap) !== d) {
        mismatches.push(d);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
