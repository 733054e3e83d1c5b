import {
  addDong,
  compareDong,
  formatDong,
  maxDong,
  minDong,
  parseDong,
  remainingDong,
  subtractDong,
  sumDong,
  toDong,
} from './money';

describe('money as exact whole đồng (Product decision 5: VND numeric, never a float)', () => {
  it.each([
    ['0', 0n],
    ['1', 1n],
    ['2600000000', 2_600_000_000n],
    ['999999999999999999', 999_999_999_999_999_999n],
  ])('parses %j to %p and formats it back', (text, value) => {
    expect(parseDong(text)).toBe(value);
    expect(formatDong(value)).toBe(text);
  });

  it.each([
    '',
    ' 1',
    '1 ',
    '-5',
    '+5',
    '007',
    '1.000',
    '1,000',
    '12.5',
    '1e6',
    '1000000000000000000',
  ])('refuses %j (digits only, no separators, at most 18 digits)', (text) => {
    expect(parseDong(text)).toBeNull();
    expect(() => toDong(text)).toThrow(RangeError);
  });

  it('refuses numbers: an amount never passes through a float', () => {
    expect(parseDong(2600000000)).toBeNull();
  });

  it('adds, subtracts, compares and takes the smaller or larger amount exactly', () => {
    const a = toDong('999999999999999999');
    expect(formatDong(addDong(a, 1n))).toBe('1000000000000000000');
    expect(formatDong(subtractDong(1n, a))).toBe('-999999999999999998');
    expect([compareDong(1n, 2n), compareDong(2n, 2n), compareDong(3n, 2n)]).toEqual([-1, 0, 1]);
    expect(minDong(5n, 7n)).toBe(5n);
    expect(maxDong(5n, 7n)).toBe(7n);
    expect(remainingDong(10n, 4n)).toBe(6n);
    expect(remainingDong(10n, 12n)).toBe(0n);
  });

  it('sums 10,000 progress entries of 1,234,567 đồng to exactly 12,345,670,000 đồng', () => {
    const entries = Array.from({ length: 10_000 }, () => toDong('1234567'));
    expect(formatDong(sumDong(entries))).toBe('12345670000');
  });

  it('sums 10,000 random amounts to the exact total (no drift at any size)', () => {
    let seed = 20_170_426;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed;
    };
    // pairs that add up to 10^17 đồng: the total is known without adding the amounts one by one
    const amounts = Array.from({ length: 5_000 }, () => {
      const a = (BigInt(random()) * 1_000_000_007n + BigInt(random())) % 10n ** 17n;
      return [formatDong(a), formatDong(10n ** 17n - a)];
    }).flat();
    const exact = 5_000n * 10n ** 17n;
    expect(sumDong(amounts.map(toDong))).toBe(exact);
    expect(formatDong(sumDong(amounts.map(toDong)))).toBe('500000000000000000000');
  });
});
