import { compareLocalDates, type LocalDate } from '../../legal/domain/local-date';
import type { EnforcementItem } from './enforcement-item';
import type { ProgressEntry } from './enforcement-progress';
import { itemCompletedOn } from './item-status';

// Thực hiện dứt điểm (DOMAIN §6.2): a decision or conclusion is finished when every one of its
// items is; it then counts in "số quyết định (kết luận) đã thực hiện xong" (02/KQGQ and 04/KQGQ
// col 2) on the day its last item was completed.

/** An item with its progress entries, as the service loads them. */
export interface TrackedItem {
  item: EnforcementItem;
  progress: readonly ProgressEntry[];
}

/**
 * The day the last item was completed; null while any item is open. A decision with no items has
 * nothing to show as carried out and is never complete: the service gives every decision it
 * tracks at least one item (an "other" item when the decision recommends no measure).
 */
export function completedOn(items: readonly TrackedItem[]): LocalDate | null {
  if (items.length === 0) return null;
  let last: LocalDate | null = null;
  for (const { item, progress } of items) {
    const done = itemCompletedOn(item, progress);
    if (done === null) return null;
    if (last === null || compareLocalDates(done, last) > 0) last = done;
  }
  return last;
}

/** Thực hiện dứt điểm: every item complete. */
export function decisionComplete(items: readonly TrackedItem[]): boolean {
  return completedOn(items) !== null;
}
