/**
 * Exact decimal arithmetic for display: a value is `units × 10^-scale` with `units` a bigint, so
 * money held as decimal strings (PostgreSQL numeric) is never passed through a float.
 */
export interface Decimal {
  readonly negative: boolean;
  readonly units: bigint;
  readonly scale: number;
}

/** A number, a bigint or a decimal string such as "1234567000", "-12.5" or "1.5e3". */
export type DecimalInput = number | bigint | string;

const DECIMAL_PATTERN = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** Parses the shortest decimal representation of the input (numbers through `String(n)`). */
export function parseDecimal(input: DecimalInput): Decimal {
  if (typeof input === 'bigint') {
    return { negative: input < 0n, units: input < 0n ? -input : input, scale: 0 };
  }
  return parseDecimalText(input);
}

function parseDecimalText(input: number | string): Decimal {
  if (typeof input === 'number' && !Number.isFinite(input)) {
    throw new RangeError(`Not a finite number: ${String(input)}`);
  }
  const match = DECIMAL_PATTERN.exec(String(input).trim());
  if (!match) {
    throw new RangeError(`Not a decimal number: "${String(input)}"`);
  }
  const [, sign = '', whole = '0', fraction = '', exponent = '0'] = match;
  const scale = fraction.length - Number(exponent);
  const digits = BigInt(whole + fraction);
  const units = scale < 0 ? digits * 10n ** BigInt(-scale) : digits;
  return { negative: sign === '-' && digits !== 0n, units, scale: Math.max(scale, 0) };
}

/** Multiplies by 10^places (negative places divide); exact. */
export function shiftDecimal(value: Decimal, places: number): Decimal {
  const scale = value.scale - places;
  if (scale >= 0) {
    return { ...value, scale };
  }
  return { ...value, units: value.units * 10n ** BigInt(-scale), scale: 0 };
}

/**
 * Rounds to `decimals` places, half away from zero (2,45 → 2,5; −2,45 → −2,5): the "làm tròn"
 * rule of statistical reports, applied to the decimal digits as written, not to a binary float.
 */
export function roundDecimal(value: Decimal, decimals: number): Decimal {
  if (value.scale <= decimals) {
    return {
      ...value,
      units: value.units * 10n ** BigInt(decimals - value.scale),
      scale: decimals,
    };
  }
  const divisor = 10n ** BigInt(value.scale - decimals);
  const units = (value.units * 2n + divisor) / (divisor * 2n);
  return { negative: value.negative && units !== 0n, units, scale: decimals };
}
