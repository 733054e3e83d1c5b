import type { ExplanationStep } from '../legal/domain/deadline-engine';
import { compareLocalDates } from '../legal/domain/local-date';
import { toExplanationStep } from '../legal/legal.mapper';
import type { DeadlineViewDto } from './dto/deadline-view.dto';

export interface StoredDeadline {
  ruleKey: string;
  ruleVersion: number | null;
  dueOn: string | null;
  explanation: readonly ExplanationStep[] | null;
  remainingDays?: number | null;
}

/** Overdue is computed, never stored: the due date is before today and the step is still open. */
export function isOverdue(dueOn: string | null, today: string, open: boolean): boolean {
  return open && dueOn !== null && compareLocalDates(dueOn, today) < 0;
}

/** Whitelists a stored deadline for a response; `open` says whether the step is still to do. */
export function toDeadlineView(d: StoredDeadline, today: string, open: boolean): DeadlineViewDto {
  const view: DeadlineViewDto = {
    ruleKey: d.ruleKey,
    ruleVersion: d.ruleVersion,
    dueOn: d.dueOn,
    overdue: isOverdue(d.dueOn, today, open),
    explanation: (d.explanation ?? []).map(toExplanationStep),
  };
  if (d.remainingDays !== undefined && d.remainingDays !== null) {
    view.remainingDays = d.remainingDays;
  }
  return view;
}
