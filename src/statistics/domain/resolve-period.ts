import type { FieldError } from '../../common/errors/error-body';
import { statisticsMessagesVi as m } from '../../common/i18n/statistics-labels.vi';
import {
  compareLocalDates,
  formatVietnameseDate,
  isValidLocalDate,
  type LocalDate,
} from '../../legal/domain/local-date';
import { addMonthsClamped, type MonthSpan } from './month-span';
import {
  customPeriod,
  namedPeriod,
  type NamedConvention,
  type ReportPeriod,
} from './report-period';
import { fieldError, periodInvalid } from './statistics-errors';

/** The period part of a statistics query, as received (query strings, possibly repeated). */
export interface PeriodQuery {
  /** '2017' | '2017-Q1'…'Q4' | '2017-H1' | '2017-H2' | '2017-9M' | '2017-M01'…'M12'. */
  readonly period?: unknown;
  /** 'statutory' (default) | 'calendar'; only with `period`. */
  readonly convention?: unknown;
  /** A custom range: both dates, 'YYYY-MM-DD', inclusive. */
  readonly from?: unknown;
  readonly to?: unknown;
}

/** Years a named period may name, and the dates a custom range may use. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
const EARLIEST: LocalDate = `${MIN_YEAR}-01-01`;
const LATEST: LocalDate = `${MAX_YEAR}-12-31`;
/** Longest custom range: a 100-year request is a 400 naming `to`, never a 500. */
export const MAX_RANGE_YEARS = 10;

const CODE_PATTERN = /^(\d{4})(?:-(Q\d|H\d|9M|M\d{2}))?$/;
const NAMED_CONVENTIONS: readonly string[] = ['statutory', 'calendar'];

/** The user's value in a message, cut short (a query string can be long). */
const echo = (value: unknown): string => String(value).slice(0, 40);

const isPresent = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '';

/**
 * Turns `?period=…&convention=…` or `?from=…&to=…` into a ReportPeriod. Every problem is collected
 * and thrown as one 400 (STATISTICS_PERIOD_INVALID) whose errors name the fields at fault.
 */
export function resolvePeriod(query: PeriodQuery): ReportPeriod {
  const errors: FieldError[] = [];
  const period = isPresent(query.period) ? fromCode(query, errors) : fromRange(query, errors);
  if (period === null || errors.length > 0) {
    throw periodInvalid(errors);
  }
  return period;
}

function fromCode(query: PeriodQuery, errors: FieldError[]): ReportPeriod | null {
  const convention = conventionOf(query.convention, errors);
  for (const field of ['from', 'to'] as const) {
    if (isPresent(query[field])) errors.push(fieldError(field, 'notWithPeriod', m.rangeWithPeriod));
  }
  const span = spanOfCode(query.period, errors);
  return span === null || convention === null ? null : namedPeriod(span, convention);
}

function conventionOf(value: unknown, errors: FieldError[]): NamedConvention | null {
  if (!isPresent(value)) {
    return 'statutory';
  }
  if (typeof value === 'string' && NAMED_CONVENTIONS.includes(value)) {
    return value as NamedConvention;
  }
  errors.push(fieldError('convention', 'invalid', m.conventionInvalid));
  return null;
}

function spanOfCode(value: unknown, errors: FieldError[]): MonthSpan | null {
  const match = typeof value === 'string' ? CODE_PATTERN.exec(value) : null;
  if (!match) {
    errors.push(fieldError('period', 'format', m.periodFormat));
    return null;
  }
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    errors.push(fieldError('period', 'yearOutOfRange', m.yearOutOfRange(MIN_YEAR, MAX_YEAR)));
    return null;
  }
  const span = spanOfPart(year, match[2]);
  if (span === null) {
    errors.push(fieldError('period', 'notExists', m.periodNotExists(echo(value))));
  }
  return span;
}

/** '' → year; 'Q1' → months 1–3; 'H2' → months 7–12; '9M' → months 1–9; 'M03' → month 3. */
function spanOfPart(endYear: number, part: string | undefined): MonthSpan | null {
  if (part === undefined) return { endYear, endMonth: 12, months: 12 };
  if (part === '9M') return { endYear, endMonth: 9, months: 9 };
  const n = Number(part.slice(1));
  const [max, months] = part.startsWith('Q') ? [4, 3] : part.startsWith('H') ? [2, 6] : [12, 1];
  return n >= 1 && n <= max ? { endYear, endMonth: n * months, months } : null;
}

function fromRange(query: PeriodQuery, errors: FieldError[]): ReportPeriod | null {
  if (!isPresent(query.from) && !isPresent(query.to)) {
    errors.push(fieldError('period', 'required', m.periodRequired));
    return null;
  }
  if (isPresent(query.convention)) {
    errors.push(fieldError('convention', 'notWithRange', m.conventionWithRange));
  }
  const from = dateOf('from', query.from, errors);
  const to = dateOf('to', query.to, errors);
  if (from === null || to === null) {
    return null;
  }
  if (compareLocalDates(from, to) > 0) {
    errors.push(fieldError('to', 'reversed', m.rangeReversed));
  } else if (compareLocalDates(to, addMonthsClamped(from, 12 * MAX_RANGE_YEARS)) >= 0) {
    errors.push(fieldError('to', 'tooLong', m.rangeTooLong(MAX_RANGE_YEARS)));
  }
  return errors.length > 0 ? null : customPeriod(from, to);
}

function dateOf(field: 'from' | 'to', value: unknown, errors: FieldError[]): LocalDate | null {
  if (!isPresent(value)) {
    errors.push(fieldError(field, 'required', m.dateRequired));
    return null;
  }
  if (!isValidLocalDate(value)) {
    errors.push(fieldError(field, 'invalidDate', m.dateInvalid(echo(value))));
    return null;
  }
  if (value < EARLIEST || value > LATEST) {
    const range = m.dateOutOfRange(formatVietnameseDate(EARLIEST), formatVietnameseDate(LATEST));
    errors.push(fieldError(field, 'outOfRange', range));
    return null;
  }
  return value;
}
