import { type EnforcementType, ItemKind, itemKind } from './enforcement-item';
import { formatLandArea, parseLandArea } from './land-area';
import { formatDong, parseDong } from './money';

// The amount of a money or land item in exact units: đồng, or hundredths of a square metre.

/** '1234567' (đồng) or '840.5' (m²) → exact units; null when malformed or not a quantity item. */
export function parseQuantity(type: EnforcementType, text: unknown): bigint | null {
  const kind = itemKind(type);
  if (kind === ItemKind.Money) return parseDong(text);
  return kind === ItemKind.Land ? parseLandArea(text) : null;
}

/** Exact units → the storage and API text: '1234567' (đồng) or '840.5' (m²). */
export function formatQuantity(type: EnforcementType, value: bigint): string {
  return itemKind(type) === ItemKind.Land ? formatLandArea(value) : formatDong(value);
}

export type QuantityRule = 'notPositive' | 'moneyFormat' | 'areaFormat';

/** A progress amount: strictly positive, in the item's format (Product decision 5). */
export function parsePositiveQuantity(
  type: EnforcementType,
  text: unknown,
): { value: bigint; rule: null } | { value: null; rule: QuantityRule } {
  const value = parseQuantity(type, text);
  if (value !== null && value > 0n) return { value, rule: null };
  const negative =
    typeof text === 'string' && text.startsWith('-') && parseQuantity(type, text.slice(1)) !== null;
  if (value === 0n || negative) return { value: null, rule: 'notPositive' };
  return { value: null, rule: itemKind(type) === ItemKind.Land ? 'areaFormat' : 'moneyFormat' };
}
