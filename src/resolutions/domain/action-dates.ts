import { validationFailed } from '../../common/errors/common-errors';
import type { FieldError } from '../../common/errors/error-body';
import { resolutionMessagesVi as m } from '../../common/i18n/resolution-labels.vi';
import { compareLocalDates, type LocalDate } from '../../legal/domain/local-date';

// The legal date of an action (accepted on, decided on …): an officer records what happened, so
// it is never in the future, and never before the step it follows (receipt, acceptance).

export interface ActionDateRule {
  field: string;
  date: LocalDate;
  today: LocalDate;
  notBefore?: {
    date: LocalDate | null;
    rule:
      | 'dateBeforeAcceptance'
      | 'dateBeforeReceipt'
      | 'handledBeforeConclusion'
      | 'notifiedBeforeConclusion';
  };
}

export function actionDateProblem(rule: ActionDateRule): FieldError | null {
  if (compareLocalDates(rule.date, rule.today) > 0) {
    return { field: rule.field, code: 'dateInFuture', message: m.dateInFuture };
  }
  const floor = rule.notBefore;
  if (floor?.date && compareLocalDates(rule.date, floor.date) < 0) {
    return { field: rule.field, code: floor.rule, message: m[floor.rule] };
  }
  return null;
}

/** Throws 400 VALIDATION_FAILED naming every bad date. */
export function checkActionDates(...rules: ActionDateRule[]): void {
  const errors = rules.map(actionDateProblem).filter((e): e is FieldError => e !== null);
  if (errors.length > 0) throw validationFailed(errors);
}

/** 400 naming `field` with a resolution message. */
export function resolutionInputError(field: string, rule: keyof typeof m): never {
  const message = m[rule];
  throw validationFailed([{ field, code: rule, message }]);
}
