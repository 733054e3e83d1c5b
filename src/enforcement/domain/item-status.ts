import { compareLocalDates, type LocalDate } from '../../legal/domain/local-date';
import {
  type EnforcementItem,
  isQuantityItem,
  ItemKind,
  itemKind,
  requiredQuantity,
} from './enforcement-item';
import type { ProgressEntry } from './enforcement-progress';
import { toLandArea } from './land-area';
import { toDong } from './money';

// Status of an enforcement item, always computed from its progress entries (never stored), so the
// status, the completion date and the report figures cannot disagree (DOMAIN §6.2).

export enum ItemStatus {
  NotStarted = 'not_started',
  InProgress = 'in_progress',
  /** Reopened by a leader and not complete again yet. */
  Reopened = 'reopened',
  Completed = 'completed',
}

/** Entries a leader voided when reopening the item (they stay on record but no longer count). */
export function voidedEntryIds(item: Pick<EnforcementItem, 'reopenings'>): ReadonlySet<string> {
  return new Set((item.reopenings ?? []).flatMap((r) => r.voidedEntryIds));
}

/** The entries that count: not voided, in date order (entries of one day keep their given order). */
export function validEntries(
  item: Pick<EnforcementItem, 'reopenings'>,
  progress: readonly ProgressEntry[],
): ProgressEntry[] {
  const voided = voidedEntryIds(item);
  return progress
    .filter((e) => !voided.has(e.id))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compareLocalDates(a.e.on, b.e.on) || a.i - b.i)
    .map(({ e }) => e);
}

/** Entries dated on or before `at`: the progress as it stood at the end of that day. */
export function progressUpTo(progress: readonly ProgressEntry[], at: LocalDate): ProgressEntry[] {
  return progress.filter((e) => compareLocalDates(e.on, at) <= 0);
}

/** An entry's amount in exact units (đồng, or hundredths of m²); 0 for action items. */
export function entryQuantity(item: Pick<EnforcementItem, 'type'>, entry: ProgressEntry): bigint {
  const kind = itemKind(item.type);
  if (kind === ItemKind.Money) return toDong(entry.amount ?? '');
  if (kind === ItemKind.Land) return toLandArea(entry.amount ?? '');
  return 0n;
}

/** Collected or returned so far, in exact units; null for action items. */
export function itemAchieved(
  item: EnforcementItem,
  progress: readonly ProgressEntry[],
): bigint | null {
  if (!isQuantityItem(item.type)) return null;
  return validEntries(item, progress).reduce((sum, e) => sum + entryQuantity(item, e), 0n);
}

/** Still to collect or return (never below 0); null for action items. */
export function itemOutstanding(
  item: EnforcementItem,
  progress: readonly ProgressEntry[],
): bigint | null {
  const required = requiredQuantity(item);
  const achieved = itemAchieved(item, progress);
  if (required === null || achieved === null) return null;
  return required > achieved ? required - achieved : 0n;
}

/**
 * The day the item was completed: the date of the entry with which the running total reached the
 * required amount, or, for an action item, the date its action was recorded; null while open.
 */
export function itemCompletedOn(
  item: EnforcementItem,
  progress: readonly ProgressEntry[],
): LocalDate | null {
  const entries = validEntries(item, progress);
  const required = requiredQuantity(item);
  if (required === null) return entries[0]?.on ?? null; // action recorded → complete
  let total = 0n;
  for (const entry of entries) {
    total += entryQuantity(item, entry);
    if (total >= required) return entry.on; // amount reached → complete
  }
  return null;
}

export function itemStatus(item: EnforcementItem, progress: readonly ProgressEntry[]): ItemStatus {
  if (itemCompletedOn(item, progress) !== null) return ItemStatus.Completed;
  if ((item.reopenings ?? []).length > 0) return ItemStatus.Reopened;
  return validEntries(item, progress).length > 0 ? ItemStatus.InProgress : ItemStatus.NotStarted;
}
