import { daysBetween } from '../../legal/domain/local-date';
import { ReceptionErrorCode as E, type ReceptionViolation, violation } from './reception-errors';

/** Longest period a compliance report or a reception book covers in one request. */
export const MAX_PERIOD_DAYS = 366;

/** [from, to] inclusive, local dates; `to` may not be before `from` nor too far from it. */
export function checkPeriod(from: string, to: string): ReceptionViolation | null {
  const days = daysBetween(from, to);
  if (days < 0) return violation(E.PeriodInvalid, 'to', 'periodReversed');
  if (days + 1 > MAX_PERIOD_DAYS) return violation(E.PeriodInvalid, 'to', 'periodTooLong');
  return null;
}
