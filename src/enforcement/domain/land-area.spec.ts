import {
  addLandArea,
  compareLandArea,
  formatLandArea,
  minLandArea,
  parseLandArea,
  remainingLandArea,
  subtractLandArea,
  sumLandArea,
  toLandArea,
} from './land-area';

describe('land area as exact hundredths of a square metre (Product decision 5)', () => {
  it.each([
    ['0', 0n, '0'],
    ['0.01', 1n, '0.01'],
    ['840.5', 84_050n, '840.5'],
    ['840.50', 84_050n, '840.5'],
    ['2982', 298_200n, '2982'],
    ['2982.07', 298_207n, '2982.07'],
    ['999999999999.99', 99_999_999_999_999n, '999999999999.99'],
  ])('parses %j to %p hundredths and formats it as %j', (text, value, formatted) => {
    expect(parseLandArea(text)).toBe(value);
    expect(formatLandArea(value)).toBe(formatted);
  });

  it.each(['', '-1', '840,5', '1.234.5', '0.001', '.5', '5.', '1e3', '01'])(
    'refuses %j',
    (text) => {
      expect(parseLandArea(text)).toBeNull();
      expect(() => toLandArea(text)).toThrow(RangeError);
    },
  );

  it('adds, subtracts, compares and takes the smaller area exactly', () => {
    expect(formatLandArea(addLandArea(toLandArea('0.1'), toLandArea('0.2')))).toBe('0.3');
    expect(formatLandArea(subtractLandArea(toLandArea('1'), toLandArea('1.01')))).toBe('-0.01');
    expect(compareLandArea(toLandArea('2.5'), toLandArea('2.50'))).toBe(0);
    expect(formatLandArea(minLandArea(toLandArea('3'), toLandArea('2.99')))).toBe('2.99');
    expect(formatLandArea(remainingLandArea(toLandArea('250.5'), toLandArea('100.5')))).toBe('150');
    expect(remainingLandArea(toLandArea('1'), toLandArea('2'))).toBe(0n);
  });

  it('sums 10,000 entries of 0.01 m² to exactly 100 m², where floats drift', () => {
    const entries = Array.from({ length: 10_000 }, () => toLandArea('0.01'));
    expect(formatLandArea(sumLandArea(entries))).toBe('100');
    const floatTotal = Array.from({ length: 10_000 }, () => 0.01).reduce((a, b) => a + b, 0);
    expect(floatTotal).not.toBe(100); // 100.00000000001425
  });

  it('sums 10,000 random areas with 2 decimals to the exact total', () => {
    let seed = 2982;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed;
    };
    // pairs that add up to 1000 m²: 5,000 pairs → 5,000,000 m²
    const areas = Array.from({ length: 5_000 }, () => {
      const centi = BigInt(random() % 99_999) + 1n;
      return [formatLandArea(centi), formatLandArea(100_000n - centi)];
    }).flat();
    expect(formatLandArea(sumLandArea(areas.map(toLandArea)))).toBe('5000000');
  });
});
