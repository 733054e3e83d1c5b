import type { FieldError } from '../../common/errors/error-body';
import { enforcementMessagesVi as m } from '../../common/i18n/enforcement-messages.vi';
import { compareLocalDates, isValidLocalDate, type LocalDate } from '../../legal/domain/local-date';
import type { EnforcementItem, Reopening } from './enforcement-item';
import { enforcementErrors } from './enforcement-errors';
import type { ProgressEntry } from './enforcement-progress';
import { itemCompletedOn, voidedEntryIds } from './item-status';
import { checkText, type ProgressRule } from './progress-checks';

// Reopening a completed item (issue 8): only a leader, with a reason, audited. Completion is
// computed from the progress, so reopening names the entries that no longer stand (a bounced
// payment, an annulled disciplinary decision…); they stay on record, voided, and the item is open
// again until new progress completes it. Statistics then show the record as corrected.

export interface ReopenInput {
  on: LocalDate;
  actor: { officerId: string; isLeader: boolean };
  reason: string;
  voidEntryIds: readonly string[];
}

/**
 * What the audit row of a reopening records: ids, codes and dates. Not the leader's free-text
 * reason, which stays on the reopening (`enforcement_reopening.reason`, shown by GET): audit rows
 * are append-only and hash-chained, and a reason may name a person (docs/security.md).
 */
export interface ItemReopenedEvent {
  type: 'enforcement_item_reopened';
  itemId: string;
  on: LocalDate;
  byOfficerId: string;
  voidedEntryIds: readonly string[];
  previousCompletedOn: LocalDate;
}

export interface ReopenedItem {
  item: EnforcementItem;
  /** The reopening as stored, its (trimmed) reason included. */
  reopening: Reopening;
  event: ItemReopenedEvent;
}

function problem(field: string, rule: ProgressRule): FieldError {
  return { field, code: rule, message: m.progress[rule] };
}

function voidIdProblems(
  input: ReopenInput,
  progress: readonly ProgressEntry[],
  item: EnforcementItem,
): FieldError[] {
  if (input.voidEntryIds.length === 0) {
    return [problem('voidEntryIds', 'required')];
  }
  const voided = voidedEntryIds(item);
  const known = new Set(progress.map((e) => e.id));
  return input.voidEntryIds.flatMap((id, i) =>
    known.has(id) && !voided.has(id) ? [] : [problem(`voidEntryIds.${i}`, 'unknownEntry')],
  );
}

function inputProblems(
  item: EnforcementItem,
  progress: readonly ProgressEntry[],
  input: ReopenInput,
  completedOn: LocalDate,
): FieldError[] {
  const reason = checkText(input.reason, { required: true });
  const problems = reason ? [problem('reason', reason)] : [];
  if (!isValidLocalDate(input.on)) problems.push(problem('on', 'date'));
  else if (compareLocalDates(input.on, completedOn) < 0) {
    problems.push(problem('on', 'reopenBeforeCompletion'));
  }
  return [...problems, ...voidIdProblems(input, progress, item)];
}

/**
 * The item with the reopening appended, and the event to record. 403 unless a leader; 409 unless
 * the item is complete; 400 naming `reason`, `on` or `voidEntryIds` (also when voiding the chosen
 * entries would leave the item complete).
 */
export function reopenItem(
  item: EnforcementItem,
  progress: readonly ProgressEntry[],
  input: ReopenInput,
): ReopenedItem {
  if (!input.actor.isLeader) throw enforcementErrors.reopenLeaderOnly();
  const completedOn = itemCompletedOn(item, progress);
  if (completedOn === null) throw enforcementErrors.itemNotCompleted(item.id);
  const problems = inputProblems(item, progress, input, completedOn);
  if (problems.length > 0) throw enforcementErrors.reopenInvalid(problems);
  const reopening: Reopening = {
    on: input.on,
    byOfficerId: input.actor.officerId,
    reason: input.reason.trim(),
    voidedEntryIds: [...input.voidEntryIds],
  };
  const next: EnforcementItem = { ...item, reopenings: [...(item.reopenings ?? []), reopening] };
  if (itemCompletedOn(next, progress) !== null) {
    throw enforcementErrors.reopenInvalid([problem('voidEntryIds', 'stillComplete')]);
  }
  const event: ItemReopenedEvent = {
    type: 'enforcement_item_reopened',
    itemId: item.id,
    on: reopening.on,
    byOfficerId: reopening.byOfficerId,
    voidedEntryIds: reopening.voidedEntryIds,
    previousCompletedOn: completedOn,
  };
  return { item: next, reopening, event };
}
