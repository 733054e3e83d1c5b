import { AppError } from '../../common/errors/app-error';
import type { FieldError } from '../../common/errors/error-body';
import { legalMessagesVi as m } from '../../common/i18n/legal-messages.vi';
import { formatVietnameseDate } from './local-date';

export enum LegalErrorCode {
  RuleUnknown = 'LEGAL_RULE_UNKNOWN',
  RuleNotInForce = 'LEGAL_RULE_NOT_IN_FORCE',
  RuleVersionInvalid = 'LEGAL_RULE_VERSION_INVALID',
  DeadlineInvalid = 'DEADLINE_INVALID_INPUT',
  CalendarInvalid = 'CALENDAR_INVALID',
}

/** Every legal error is a client error about the request's own data. */
export function legalErrorStatus(code: LegalErrorCode): number {
  switch (code) {
    case LegalErrorCode.RuleUnknown:
    case LegalErrorCode.RuleNotInForce:
    case LegalErrorCode.RuleVersionInvalid:
    case LegalErrorCode.DeadlineInvalid:
    case LegalErrorCode.CalendarInvalid:
      return 400;
  }
}

function legalError(code: LegalErrorCode, message: string, errors: FieldError[]): AppError {
  return new AppError(legalErrorStatus(code), code, message, { errors });
}

/** No rule with this key at all (`field`: `rule` in a preview, `key` in a new version). */
export function legalRuleUnknown(key: string, field: string): AppError {
  const message = m.ruleUnknown(key);
  return legalError(LegalErrorCode.RuleUnknown, message, [{ field, code: 'unknown', message }]);
}

/**
 * The rule exists but no version was in force on the date: a 400 naming the date field (the
 * request asked about a date the rule table does not cover), not a 404 (the rule exists).
 */
export function legalRuleNotInForce(key: string, on: string, field: string): AppError {
  const message = m.ruleNotInForce(key, formatVietnameseDate(on));
  return legalError(LegalErrorCode.RuleNotInForce, message, [
    { field, code: 'notInForce', message },
  ]);
}

export function legalRuleVersionInvalid(errors: FieldError[]): AppError {
  return legalError(LegalErrorCode.RuleVersionInvalid, m.ruleVersionInvalid, errors);
}

export function deadlineInvalid(field: string, message: string): AppError {
  return legalError(LegalErrorCode.DeadlineInvalid, m.deadlineInvalid, [
    { field, code: 'deadline', message },
  ]);
}

export function calendarInvalid(errors: FieldError[]): AppError {
  return legalError(LegalErrorCode.CalendarInvalid, m.calendarInvalid, errors);
}
