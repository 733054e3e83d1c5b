import { VND_AMOUNT_PATTERN } from '../../decisions/domain/recommended-measures';

// Money in VND as a bigint of whole đồng: the đồng has no subunit in use, so every amount is an
// integer and arithmetic is exact. Never a float (Product decision 5; DESIGN §2 EnforcementItem).

export type Dong = bigint;

export const ZERO_DONG: Dong = 0n;

/** '0' or a positive amount in the decisions' format: digits only, no separators, ≤ 18 digits. */
export function isDongText(text: unknown): text is string {
  return typeof text === 'string' && (text === '0' || VND_AMOUNT_PATTERN.test(text));
}

/** '2600000000' → 2600000000n; null for anything else ('1.000', '-5', '12.5', ' 1', '1e6'). */
export function parseDong(text: unknown): Dong | null {
  return isDongText(text) ? BigInt(text) : null;
}

/** Like parseDong, for values that were validated already (e.g. read back from the database). */
export function toDong(text: string): Dong {
  const value = parseDong(text);
  if (value === null) throw new RangeError(`Not an amount in whole đồng: ${JSON.stringify(text)}`);
  return value;
}

/** 2600000000n → '2600000000' (the storage and API format; '-5' for a negative difference). */
export function formatDong(value: Dong): string {
  return value.toString();
}

export function addDong(a: Dong, b: Dong): Dong {
  return a + b;
}

export function subtractDong(a: Dong, b: Dong): Dong {
  return a - b;
}

/** -1, 0 or 1, usable in Array.sort. */
export function compareDong(a: Dong, b: Dong): -1 | 0 | 1 {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export function minDong(a: Dong, b: Dong): Dong {
  return a <= b ? a : b;
}

export function maxDong(a: Dong, b: Dong): Dong {
  return a >= b ? a : b;
}

export function sumDong(values: Iterable<Dong>): Dong {
  let total = ZERO_DONG;
  for (const v of values) total += v;
  return total;
}

/** What is left to collect: required − done, never below 0 (an over-collection leaves 0). */
export function remainingDong(required: Dong, done: Dong): Dong {
  return maxDong(required - done, ZERO_DONG);
}
