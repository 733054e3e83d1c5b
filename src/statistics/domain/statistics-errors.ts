import { AppError } from '../../common/errors/app-error';
import type { FieldError } from '../../common/errors/error-body';
import { statisticsMessagesVi as m } from '../../common/i18n/statistics-labels.vi';

export enum StatisticsErrorCode {
  PeriodInvalid = 'STATISTICS_PERIOD_INVALID',
}

/** Every period problem is a 400 naming the query field(s) at fault, never a 500. */
export function periodInvalid(errors: FieldError[]): AppError {
  return new AppError(400, StatisticsErrorCode.PeriodInvalid, m.periodInvalid, { errors });
}

export function fieldError(field: string, code: string, message: string): FieldError {
  return { field, code, message };
}
