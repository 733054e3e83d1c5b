import { parseImportArea, parseImportCount, parseImportMoney } from './import-numbers';

const read = (parsed: { value?: unknown; problem?: { code: string } }) =>
  parsed.problem ? `!${parsed.problem.code}` : parsed.value;

describe('amounts typed in Vietnamese spreadsheets (templates/imports, "numberRules")', () => {
  it.each([
    ['1234567', '1234567'],
    ['1.234.567', '1234567'], // Vietnamese thousands separator
    ['1,234,567', '1234567'], // English thousands separator
    ['1 234 567', '1234567'],
    ['1\u00a0234\u00a0567', '1234567'], // no-break spaces, as Excel writes them
    ['1.234', '1234'], // a separator before exactly 3 digits groups thousands: đồng have no decimals
    ['1,234', '1234'],
    ['1.234.567,00', '1234567'], // both: the last one is the decimal separator
    ['1,234,567.00', '1234567'],
    ['1234567.00', '1234567'],
    ['  2600000000 ', '2600000000'],
    ['0', '0'],
    [1234567, '1234567'],
    [2.6e9, '2600000000'],
    ['1.234.567,50', '!moneyFraction'],
    ['12.5', '!moneyFraction'],
    [1234.5, '!moneyFraction'],
    ['1.23.456', '!grouping'],
    ['12.34.567', '!grouping'],
    ['1 23 456', '!grouping'],
    ['-5.000', '!negative'],
    [-5, '!negative'],
    ['1e6', '!number'],
    ['năm triệu', '!number'],
    [',5', '!number'],
    [2 ** 60, '!unsafeNumber'],
  ])('money %j → %j', (cell, expected) => {
    expect(read(parseImportMoney(cell))).toBe(expected);
  });

  it.each([
    ['840,5', '840.5'], // Vietnamese decimal comma
    ['840.5', '840.5'],
    ['840,50', '840.5'],
    ['0,01', '0.01'],
    ['2.982', '2982'], // before exactly 3 digits: thousands (areas have at most 2 decimals)
    ['2,982', '2982'],
    ['1.234,5', '1234.5'],
    ['1,234.5', '1234.5'],
    ['12.3400', '12.34'],
    [840.5, '840.5'],
    [0.1 + 0.2, '0.3'], // read with Excel's 15 significant digits
    ['12,345', '12345'],
    ['12,3456', '!areaDecimals'],
    [0.125, '!areaDecimals'],
    ['-1', '!negative'],
    ['1.2.3', '!grouping'],
  ])('area %j → %j m²', (cell, expected) => {
    expect(read(parseImportArea(cell))).toBe(expected);
  });

  it.each([
    ['2', 2],
    [' 61 ', 61],
    [3, 3],
    ['0', 0],
    ['1,5', '!count'],
    [1.5, '!count'],
    ['-1', '!negative'],
    ['hai', '!count'],
  ])('count %j → %j', (cell, expected) => {
    expect(read(parseImportCount(cell))).toBe(expected);
  });
});
