import type { RecommendedMeasure } from '../../decisions/domain/recommended-measures';
import type { LocalDate } from '../../legal/domain/local-date';
import type { TrackedItem } from './decision-completion';
import { type EnforcementItem, EnforcementType, QuantityUnit } from './enforcement-item';
import type { ProgressEntry } from './enforcement-progress';

// Small builders for specs and the bench: items and progress entries with readable defaults.

let sequence = 0;
const nextId = (prefix: string): string => `${prefix}-${++sequence}`;

export function sampleItem(
  measure: RecommendedMeasure,
  extra: Partial<Omit<EnforcementItem, 'type' | 'required'>> = {},
): EnforcementItem {
  const { type, ...required } = measure;
  return { id: nextId('item'), type, required, reopenings: [], ...extra };
}

export const moneyItem = (type: EnforcementType, amount: string): EnforcementItem =>
  sampleItem({ type, amount });

export const landItem = (type: EnforcementType, area: string, beneficiaries?: number) =>
  sampleItem({ type, area, ...(beneficiaries === undefined ? {} : { beneficiaries }) });

export function moneyEntry(on: LocalDate, amount: string, id = nextId('entry')): ProgressEntry {
  return { id, on, documentRef: `BL-${id}`, amount, unit: QuantityUnit.Vnd };
}

export function landEntry(on: LocalDate, amount: string, id = nextId('entry')): ProgressEntry {
  return { id, on, documentRef: `BB-${id}`, amount, unit: QuantityUnit.SquareMetre };
}

export function disciplineEntry(
  on: LocalDate,
  persons: number,
  officials = 0,
  id = nextId('entry'),
): ProgressEntry {
  return { id, on, documentRef: `QĐ-KL-${id}`, measure: 'Khiển trách', persons, officials };
}

export function referralEntry(
  on: LocalDate,
  result: { cases: number; persons: number; officials?: number },
  id = nextId('entry'),
): ProgressEntry {
  return { id, on, documentRef: `QĐ-KT-${id}`, ...result };
}

export function tracked(item: EnforcementItem, progress: ProgressEntry[] = []): TrackedItem {
  return { item, progress };
}

/** A form row as text, column groups separated by '|': '1 0 | 60000000 0 …'. */
export function grouped(row: readonly (number | string)[], sizes: readonly number[]): string {
  let at = 0;
  return sizes
    .map((size) => {
      const part = row.slice(at, at + size).join(' ');
      at += size;
      return part;
    })
    .join(' | ');
}

export { EnforcementType };
