import { LAND_AREA_PATTERN } from '../../decisions/domain/recommended-measures';

// Land area in m² as a bigint of hundredths of a square metre (centiares): the decisions record at
// most 2 decimals, so 0.01 m² is exact and a sum of 10,000 entries never drifts. Never a float
// (Product decision 5).

export type CentiSquareMetres = bigint;

export const ZERO_AREA: CentiSquareMetres = 0n;

const SCALE = 100n;

/** '2982', '840.5', '0.01': non-negative, '.' as decimal point, at most 2 decimals. */
export function isLandAreaText(text: unknown): text is string {
  return typeof text === 'string' && LAND_AREA_PATTERN.test(text);
}

/** '840.5' → 84050n; null for anything else ('840,5', '1.234.5', '-1', '0.001'). */
export function parseLandArea(text: unknown): CentiSquareMetres | null {
  if (!isLandAreaText(text)) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(2, '0'));
}

/** Like parseLandArea, for values that were validated already (e.g. read back from the database). */
export function toLandArea(text: string): CentiSquareMetres {
  const value = parseLandArea(text);
  if (value === null) throw new RangeError(`Not a land area in m²: ${JSON.stringify(text)}`);
  return value;
}

/** 84050n → '840.5', 298200n → '2982', 1n → '0.01': the shortest exact form, '.' as decimal point. */
export function formatLandArea(value: CentiSquareMetres): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const whole = (abs / SCALE).toString();
  const fraction = (abs % SCALE).toString().padStart(2, '0').replace(/0+$/, '');
  return sign + (fraction ? `${whole}.${fraction}` : whole);
}

export function addLandArea(a: CentiSquareMetres, b: CentiSquareMetres): CentiSquareMetres {
  return a + b;
}

export function subtractLandArea(a: CentiSquareMetres, b: CentiSquareMetres): CentiSquareMetres {
  return a - b;
}

/** -1, 0 or 1, usable in Array.sort. */
export function compareLandArea(a: CentiSquareMetres, b: CentiSquareMetres): -1 | 0 | 1 {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export function minLandArea(a: CentiSquareMetres, b: CentiSquareMetres): CentiSquareMetres {
  return a <= b ? a : b;
}

export function sumLandArea(values: Iterable<CentiSquareMetres>): CentiSquareMetres {
  let total = ZERO_AREA;
  for (const v of values) total += v;
  return total;
}

/** What is left to recover or return: required − done, never below 0. */
export function remainingLandArea(
  required: CentiSquareMetres,
  done: CentiSquareMetres,
): CentiSquareMetres {
  return required > done ? required - done : ZERO_AREA;
}
