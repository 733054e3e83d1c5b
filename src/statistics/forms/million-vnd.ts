import { parseDecimal, shiftDecimal } from '../../reports/format/decimal';

/** A decimal string × 10^places, exact, without trailing zeros: ("840.00", 0) → "840". */
function shiftedText(text: string, places: number): string {
  const value = shiftDecimal(parseDecimal(text), places);
  const digits = value.units.toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/, '');
  const out = fraction === '' ? whole : `${whole}.${fraction}`;
  return value.negative ? `-${out}` : out;
}

/** Đồng as a decimal string → million đồng (Trđ), exact, without trailing zeros: "2600000000" → "2600", "1500000" → "1.5". */
export function millionsFromDong(dong: string): string {
  return shiftedText(dong, -6);
}
