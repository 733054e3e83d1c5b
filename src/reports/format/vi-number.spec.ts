import {
  formatArea,
  formatDecimal,
  formatInteger,
  formatMillionVnd,
  formatPercent,
  formatVnd,
} from './vi-number';

describe('Vietnamese number formatting (dot thousands, comma decimals)', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1.000'],
    [33797, '33.797'],
    [1234567, '1.234.567'],
    [-1234, '-1.234'],
    [1234.5, '1.235'],
    [1234.49, '1.234'],
    ['10962', '10.962'],
    [12345678901234567890n, '12.345.678.901.234.567.890'],
  ])('formats the integer %p as %p', (value, expected) => {
    expect(formatInteger(value)).toBe(expected);
  });

  it.each([
    [81.4, 1, '81,4'],
    [81.44, 1, '81,4'],
    [81.45, 1, '81,5'],
    [2.675, 2, '2,68'],
    [1.005, 2, '1,01'],
    [1234.56, 1, '1.234,6'],
    [0.05, 1, '0,1'],
    [-2.45, 1, '-2,5'],
    [-0.04, 1, '0,0'],
    [3, 2, '3,00'],
    ['12.5', 1, '12,5'],
  ])('formats the decimal %p with %p places as %p (half-up)', (value, places, expected) => {
    expect(formatDecimal(value, places)).toBe(expected);
  });

  it.each([
    [0.814, 1, '81,4%'],
    [0.6854, 2, '68,54%'],
    [0.68545, 2, '68,55%'],
    [0.86, 1, '86,0%'],
    [1, 1, '100,0%'],
    [0, 2, '0,00%'],
    [0.00005, 1, '0,0%'],
    [0.0005, 1, '0,1%'],
    [27513 / 33797, 1, '81,4%'],
  ] as const)(
    'formats the ratio %p as a percentage with %p places: %p',
    (ratio, places, expected) => {
      expect(formatPercent(ratio, places)).toBe(expected);
    },
  );

  it('formats money in đồng and in million đồng (Trđ), from numbers or numeric strings', () => {
    expect(formatVnd('1234567000')).toBe('1.234.567.000 đồng');
    expect(formatVnd(1234567000, { unit: false })).toBe('1.234.567.000');
    expect(formatMillionVnd('1234567000')).toBe('1.234,6 Trđ');
    expect(formatMillionVnd('1234550000', { unit: false })).toBe('1.234,6');
    expect(formatMillionVnd('1234549999', { unit: false })).toBe('1.234,5');
    expect(formatMillionVnd('98765432100000', { decimals: 0 })).toBe('98.765.432 Trđ');
    expect(formatMillionVnd('123456789012345678901.5', { unit: false, decimals: 3 })).toBe(
      '123.456.789.012.345,679',
    );
  });

  it('formats land areas in m²', () => {
    expect(formatArea(1234.5)).toBe('1.234,5 m²');
    expect(formatArea('56789.25', { decimals: 0 })).toBe('56.789 m²');
    expect(formatArea('12.35', { unit: false })).toBe('12,4');
  });

  it.each([NaN, Infinity, 'abc', '1,5', ''])('refuses %p', (value) => {
    expect(() => formatInteger(value)).toThrow(RangeError);
  });

  it('refuses an out-of-range number of decimal places', () => {
    expect(() => formatDecimal(1, 7)).toThrow(RangeError);
    expect(() => formatDecimal(1, -1)).toThrow(RangeError);
  });
});
