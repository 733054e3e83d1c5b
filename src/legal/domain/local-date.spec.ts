import {
  addDays,
  compareLocalDates,
  dayOfWeek,
  daysBetween,
  formatVietnameseDate,
  isValidLocalDate,
  localDate,
  parseLocalDate,
  weekdayNameVi,
} from './local-date';

describe('LocalDate (ngày theo lịch, không có giờ)', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-05', false],
    ['26-01-05', false],
    ['0999-01-01', false],
    ['2026-01-05T00:00', false],
    ['', false],
  ])('isValidLocalDate(%j) is %s', (s, expected) => {
    expect(isValidLocalDate(s)).toBe(expected);
  });

  it.each([[20260105], [null], [undefined], [new Date(0)]])(
    'isValidLocalDate rejects the non-string %p',
    (value) => {
      expect(isValidLocalDate(value)).toBe(false);
    },
  );

  it.each([
    ['2026-02-27', 2, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-01-15', 30, '2026-02-14'],
    ['2026-03-01', 0, '2026-03-01'],
  ])('addDays(%s, %i) = %s', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
  });

  it('refuses a fractional number of days and an invalid date', () => {
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it.each([
    ['2026-01-01', '2026-12-31', 364],
    ['2024-01-01', '2025-01-01', 366],
    ['2026-03-10', '2026-03-01', -9],
    ['2026-03-01', '2026-03-01', 0],
  ])('daysBetween(%s, %s) = %i', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  it.each([
    ['2026-01-01', '2026-01-02', -1],
    ['2026-01-02', '2026-01-01', 1],
    ['2026-01-01', '2026-01-01', 0],
    ['2025-12-31', '2026-01-01', -1],
  ])('compareLocalDates(%s, %s) = %i', (a, b, expected) => {
    expect(compareLocalDates(a, b)).toBe(expected);
  });

  it('sorts dates chronologically with compareLocalDates', () => {
    const dates = ['2026-02-17', '2025-12-31', '2026-01-10'];
    expect([...dates].sort(compareLocalDates)).toEqual(['2025-12-31', '2026-01-10', '2026-02-17']);
  });

  it.each([
    ['2026-01-04', 0, 'Chủ nhật'],
    ['2026-01-05', 1, 'Thứ Hai'],
    ['2026-01-06', 2, 'Thứ Ba'],
    ['2026-01-07', 3, 'Thứ Tư'],
    ['2026-01-01', 4, 'Thứ Năm'],
    ['2026-01-02', 5, 'Thứ Sáu'],
    ['2026-01-10', 6, 'Thứ Bảy'],
    ['2026-02-17', 2, 'Thứ Ba'],
    ['2026-04-26', 0, 'Chủ nhật'],
    ['2024-02-10', 6, 'Thứ Bảy'],
  ])('%s is day %i of the week (%s)', (d, dow, name) => {
    expect(dayOfWeek(d)).toBe(dow);
    expect(weekdayNameVi(d)).toBe(name);
  });

  it.each([
    ['2026-01-20', '20/01/2026'],
    ['2026-12-05', '05/12/2026'],
  ])('formats %s as %s', (d, expected) => {
    expect(formatVietnameseDate(d)).toBe(expected);
  });

  it('builds and parses dates, refusing impossible ones', () => {
    expect(localDate(2026, 9, 2)).toBe('2026-09-02');
    expect(parseLocalDate('2026-09-02')).toEqual({ year: 2026, month: 9, day: 2 });
    expect(() => localDate(2026, 2, 29)).toThrow(RangeError);
    expect(() => parseLocalDate('2026-02-29')).toThrow(RangeError);
  });
});
