import type { enforcementMessagesVi } from '../../common/i18n/enforcement-messages.vi';

// Small field checks shared by progress entries and reopenings.

export type ProgressRule = keyof (typeof enforcementMessagesVi)['progress'];

/** Longest free text accepted (notes, reasons, measures). */
export const MAX_TEXT = 2000;
/** Largest count accepted (persons, collectives, cases): far above any real decision. */
export const MAX_COUNT = 1_000_000;

export function checkText(
  value: unknown,
  options: { required: boolean; max?: number },
): ProgressRule | null {
  if (value === undefined || value === null) return options.required ? 'required' : null;
  if (typeof value !== 'string') return 'text';
  if (!value.trim()) return options.required ? 'blank' : null;
  return value.length > (options.max ?? MAX_TEXT) ? 'tooLong' : null;
}

export function checkCount(value: unknown, options: { min: 0 | 1 }): ProgressRule | null {
  if (typeof value !== 'number' || !Number.isInteger(value) || value > MAX_COUNT) return 'count';
  if (value < options.min) return options.min === 1 ? 'countPositive' : 'count';
  return null;
}
