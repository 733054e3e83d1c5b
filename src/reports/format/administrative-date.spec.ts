import {
  formatAdministrativeDate,
  formatClockTime,
  formatDocumentNumber,
  formatLongDate,
  formatShortDate,
  parseLocalDate,
} from './administrative-date';

describe('NĐ 30/2020 Phụ lục I: place and date line', () => {
  it.each([
    ['2026-01-05', 'Hà Nội, ngày 05 tháng 01 năm 2026'],
    ['2026-02-28', 'Hà Nội, ngày 28 tháng 02 năm 2026'],
    ['2026-03-09', 'Hà Nội, ngày 09 tháng 3 năm 2026'],
    ['2025-12-10', 'Hà Nội, ngày 10 tháng 12 năm 2025'],
    ['2024-02-29', 'Hà Nội, ngày 29 tháng 02 năm 2024'],
  ])('writes %s as "%s" (leading zero for days < 10 and months 1–2)', (date, expected) => {
    expect(formatAdministrativeDate('Hà Nội', date)).toBe(expected);
  });

  it('trims the place and refuses an empty one', () => {
    expect(formatAdministrativeDate('  Ba Đình ', '2026-11-01')).toBe(
      'Ba Đình, ngày 01 tháng 11 năm 2026',
    );
    expect(() => formatAdministrativeDate(' ', '2026-11-01')).toThrow(RangeError);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-5', '05/01/2026', '2025-02-29'])(
    'refuses the impossible or malformed date %s',
    (date) => {
      expect(() => parseLocalDate(date)).toThrow(RangeError);
    },
  );

  it('formats dates inside sentences and in table cells', () => {
    expect(formatLongDate('2026-07-01')).toBe('ngày 01 tháng 7 năm 2026');
    expect(formatShortDate('2026-07-01')).toBe('01/07/2026');
  });

  it('formats clock times', () => {
    expect(formatClockTime('09:05')).toBe('09 giờ 05 phút');
    expect(() => formatClockTime('24:00')).toThrow(RangeError);
  });
});

describe('NĐ 30/2020 Phụ lục I: number and symbol', () => {
  it('writes numbers below 10 with a leading zero', () => {
    expect(formatDocumentNumber(5, 'TB-TTTP')).toBe('Số: 05/TB-TTTP');
    expect(formatDocumentNumber(12, 'TB-TTTP')).toBe('Số: 12/TB-TTTP');
    expect(formatDocumentNumber(1234, 'QĐ-UBND')).toBe('Số: 1234/QĐ-UBND');
  });

  it('leaves the place of the number blank when the document is not yet numbered', () => {
    expect(formatDocumentNumber(undefined, 'GBN-TTTP')).toMatch(/^Số: +\/GBN-TTTP$/);
  });

  it.each([0, -1, 1.5])('refuses the number %p', (n) => {
    expect(() => formatDocumentNumber(n, 'TB-TTTP')).toThrow(RangeError);
  });
});
