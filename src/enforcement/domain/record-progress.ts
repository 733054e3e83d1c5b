import { type EnforcementItem, isQuantityItem, requiredQuantity } from './enforcement-item';
import { enforcementErrors } from './enforcement-errors';
import {
  type ProgressEntry,
  type ProgressInput,
  type ProgressOptions,
  validateProgress,
} from './enforcement-progress';
import { itemAchieved, itemCompletedOn, itemStatus, ItemStatus } from './item-status';
import { formatQuantity, parseQuantity } from './quantity';

// Recording one progress entry on an item: the state check (409), the field checks (400), the
// over-collection rule (400), then the entry as it is stored.

export interface RecordedProgress {
  entry: ProgressEntry;
  status: ItemStatus;
  /** The item's completion date with this entry; null while it is still open. */
  completedOn: string | null;
}

const TEXT_FIELDS = ['documentRef', 'note', 'overCollectionNote', 'measure', 'action'] as const;
const COUNT_FIELDS = ['collectives', 'persons', 'officials', 'cases'] as const;

/** The entry as stored: trimmed texts, the canonical amount text, only the fields given. */
function canonicalEntry(item: EnforcementItem, id: string, input: ProgressInput): ProgressEntry {
  const entry: ProgressEntry = { id, on: input.on, documentRef: input.documentRef.trim() };
  for (const f of TEXT_FIELDS) {
    const value = input[f]?.trim();
    if (value) entry[f] = value;
  }
  for (const f of COUNT_FIELDS) {
    if (typeof input[f] === 'number') entry[f] = input[f];
  }
  const amount = parseQuantity(item.type, input.amount);
  if (amount !== null) {
    entry.amount = formatQuantity(item.type, amount);
    entry.unit = input.unit ?? null;
  }
  return entry;
}

/** Never more than required without an explicit over-collection note (issue 8; DOMAIN §6.1). */
function checkOverCollection(
  item: EnforcementItem,
  progress: readonly ProgressEntry[],
  entry: ProgressEntry,
): void {
  const required = requiredQuantity(item);
  const achieved = itemAchieved(item, progress);
  const amount = parseQuantity(item.type, entry.amount);
  if (required === null || achieved === null || amount === null) return;
  if (achieved + amount <= required || entry.overCollectionNote) return;
  const remaining = required > achieved ? required - achieved : 0n;
  throw enforcementErrors.overCollection({
    required: formatQuantity(item.type, required),
    achieved: formatQuantity(item.type, achieved),
    remaining: formatQuantity(item.type, remaining),
  });
}

/**
 * Validates and returns the new entry. Throws 409 ENFORCEMENT_ITEM_COMPLETED on a completed item,
 * 400 ENFORCEMENT_PROGRESS_INVALID naming each bad field, 400 ENFORCEMENT_OVER_COLLECTION.
 */
export function recordProgress(
  item: EnforcementItem,
  progress: readonly ProgressEntry[],
  input: ProgressInput & { id: string },
  options: ProgressOptions = {},
): RecordedProgress {
  if (itemStatus(item, progress) === ItemStatus.Completed) {
    throw enforcementErrors.itemCompleted(item.id);
  }
  const problems = validateProgress(item, input, options);
  if (problems.length > 0) throw enforcementErrors.progressInvalid(problems);
  const entry = canonicalEntry(item, input.id, input);
  if (isQuantityItem(item.type)) checkOverCollection(item, progress, entry);
  const next = [...progress, entry];
  return {
    entry,
    status: itemStatus(item, next),
    completedOn: itemCompletedOn(item, next),
  };
}
