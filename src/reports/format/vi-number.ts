import {
  type Decimal,
  type DecimalInput,
  parseDecimal,
  roundDecimal,
  shiftDecimal,
} from './decimal';

/**
 * Vietnamese number formatting for documents and reports: a dot between thousands (33.797) and a
 * comma before decimals (81,4). Rounding is half away from zero on the digits as written.
 */
const THOUSANDS_SEPARATOR = '.';
const DECIMAL_SEPARATOR = ',';

export const UNIT_VND = 'đồng';
export const UNIT_MILLION_VND = 'Trđ';
export const UNIT_SQUARE_METRE = 'm²';

export interface UnitOption {
  /** Append the unit (default true); tables put the unit in the column header instead. */
  unit?: boolean;
}

/** "33797" → "33.797" (digits only). */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS_SEPARATOR);
}

function render(value: Decimal, decimals: number): string {
  const rounded = roundDecimal(value, decimals);
  const digits = rounded.units.toString().padStart(decimals + 1, '0');
  const whole = groupThousands(digits.slice(0, digits.length - decimals));
  const fraction = decimals > 0 ? DECIMAL_SEPARATOR + digits.slice(-decimals) : '';
  return (rounded.negative ? '-' : '') + whole + fraction;
}

function checkDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`decimals must be an integer 0–6, got ${decimals}`);
  }
  return decimals;
}

function withUnit(text: string, unit: string, option: UnitOption): string {
  return option.unit === false ? text : `${text} ${unit}`;
}

/** 33797 → "33.797"; fractions are rounded half-up (1234,5 → "1.235"). */
export function formatInteger(value: DecimalInput): string {
  return render(parseDecimal(value), 0);
}

/** 81.4 → "81,4"; 1234.56 with 1 decimal → "1.234,6"; always `decimals` places. */
export function formatDecimal(value: DecimalInput, decimals = 1): string {
  return render(parseDecimal(value), checkDecimals(decimals));
}

/** A ratio 0–1 as a percentage: 0.814 → "81,4%", (0.68544, 2) → "68,54%". */
export function formatPercent(ratio: DecimalInput, decimals: 1 | 2 = 1): string {
  return `${render(shiftDecimal(parseDecimal(ratio), 2), checkDecimals(decimals))}%`;
}

/** An amount in đồng: "1.234.567.000 đồng". */
export function formatVnd(amount: DecimalInput, option: UnitOption = {}): string {
  return withUnit(render(parseDecimal(amount), 0), UNIT_VND, option);
}

/** An amount in đồng shown in million đồng: 1234567000 → "1.234,6 Trđ". */
export function formatMillionVnd(
  amount: DecimalInput,
  option: UnitOption & { decimals?: number } = {},
): string {
  const millions = shiftDecimal(parseDecimal(amount), -6);
  return withUnit(render(millions, checkDecimals(option.decimals ?? 1)), UNIT_MILLION_VND, option);
}

/** Land area in m²: 1234.5 → "1.234,5 m²" (decimals default 1; 0 for whole square metres). */
export function formatArea(
  squareMetres: DecimalInput,
  option: UnitOption & { decimals?: number } = {},
): string {
  const text = render(parseDecimal(squareMetres), checkDecimals(option.decimals ?? 1));
  return withUnit(text, UNIT_SQUARE_METRE, option);
}
