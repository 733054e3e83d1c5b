import type { FieldError } from '../../common/errors/error-body';
import { enforcementMessagesVi as m } from '../../common/i18n/enforcement-messages.vi';
import {
  compareLocalDates,
  isValidLocalDate,
  type LocalDate,
  maxLocalDate,
} from '../../legal/domain/local-date';
import { enforcementErrors } from './enforcement-errors';

/** A report period of local dates, both ends inclusive (DESIGN §5). */
export interface ReportPeriod {
  from: LocalDate;
  to: LocalDate;
}

/** Throws 400 ENFORCEMENT_PERIOD_INVALID naming `from` or `to`. */
export function checkPeriod(period: ReportPeriod): void {
  const errors: FieldError[] = [];
  if (!isValidLocalDate(period.from)) {
    errors.push({ field: 'from', code: 'date', message: m.period.date });
  }
  if (!isValidLocalDate(period.to)) {
    errors.push({ field: 'to', code: 'date', message: m.period.date });
  } else if (errors.length === 0 && compareLocalDates(period.to, period.from) < 0) {
    errors.push({ field: 'to', code: 'toBeforeFrom', message: m.period.toBeforeFrom });
  }
  if (errors.length > 0) throw enforcementErrors.periodInvalid(errors);
}

export function isInPeriod(day: LocalDate, period: ReportPeriod): boolean {
  return compareLocalDates(day, period.from) >= 0 && compareLocalDates(day, period.to) <= 0;
}

export function isBeforePeriod(day: LocalDate, period: ReportPeriod): boolean {
  return compareLocalDates(day, period.from) < 0;
}

/**
 * The day a dated fact counts for a decision: never before its legal effect. Luật KN 2011 Điều 44,
 * Luật TC 2018 Điều 44: enforcement is of a decision (conclusion) with legal effect, so a payment
 * made before that day is credited on it.
 */
export function effectiveDay(day: LocalDate, legalEffectOn: LocalDate): LocalDate {
  return maxLocalDate(day, legalEffectOn);
}
