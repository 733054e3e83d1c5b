import { parseDecimal, shiftDecimal } from '../../reports/format/decimal';

/** Đồng as a decimal string → million đồng (Trđ), exact, without trailing zeros: "2600000000" → "2600", "1500000" → "1.5". */
export function millionsFromDong(dong: string): string {
  const value = shiftDecimal(parseDecimal(dong), -6);
  const digits = value.units.toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return value.negative ? `-${text}` : text;
}
