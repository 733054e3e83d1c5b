import {
  daysInMonth,
  type LocalDate,
  localDate,
  parseLocalDate,
} from '../../legal/domain/local-date';

/**
 * A run of `months` report months ending with month `endMonth` of `endYear`: the skeleton of every
 * named period. Year 2017 = (2017, 12, 12); Q1 = (2017, 3, 3); 6 months = (2017, 6, 6);
 * 9 months = (2017, 9, 9); March = (2017, 3, 1). Whether month 3 runs 01/03–31/03 (calendar),
 * 15/02–14/03 (TT 01/2024) or 16/02–15/03 (TT 03/2013) is decided by the convention, not here.
 */
export interface MonthSpan {
  readonly endYear: number;
  /** 1–12. */
  readonly endMonth: number;
  /** 1–12. */
  readonly months: number;
}

export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);

const fromIndex = (index: number): YearMonth => ({
  year: Math.floor(index / 12),
  month: (index % 12) + 1,
});

/** The year and month `offset` months from (year, month); negative offsets go back. */
export function shiftYearMonth(year: number, month: number, offset: number): YearMonth {
  return fromIndex(monthIndex(year, month) + offset);
}

/** The first report month of the span. */
export function firstMonthOf(span: MonthSpan): YearMonth {
  return shiftYearMonth(span.endYear, span.endMonth, 1 - span.months);
}

/** The span of equal length immediately before. */
export function previousSpan(span: MonthSpan): MonthSpan {
  const end = shiftYearMonth(span.endYear, span.endMonth, -span.months);
  return { endYear: end.year, endMonth: end.month, months: span.months };
}

/** The same span one year earlier. */
export function spanLastYear(span: MonthSpan): MonthSpan {
  return { ...span, endYear: span.endYear - 1 };
}

/** Calendar dates of a span: first day of its first month → last day of its last month. */
export function calendarDates(span: MonthSpan): { from: LocalDate; to: LocalDate } {
  const first = firstMonthOf(span);
  return {
    from: localDate(first.year, first.month, 1),
    to: localDate(span.endYear, span.endMonth, daysInMonth(span.endYear, span.endMonth)),
  };
}

/**
 * Dates of a span whose report months start on `cutOffDay` of the previous month and end the day
 * before it: cut-off 15 gives 15/12/2016 → 14/12/2017 for the year 2017; cut-off 16 gives
 * 16/12/2016 → 15/12/2017.
 */
export function cutOffDates(
  span: MonthSpan,
  cutOffDay: number,
): { from: LocalDate; to: LocalDate } {
  const start = shiftYearMonth(span.endYear, span.endMonth, -span.months);
  return {
    from: localDate(start.year, start.month, cutOffDay),
    to: localDate(span.endYear, span.endMonth, cutOffDay - 1),
  };
}

/** Adds whole months to a date, keeping the day and clamping it to the month's length. */
export function addMonthsClamped(date: LocalDate, months: number): LocalDate {
  const p = parseLocalDate(date);
  const target = shiftYearMonth(p.year, p.month, months);
  const day = Math.min(p.day, daysInMonth(target.year, target.month));
  return localDate(target.year, target.month, day);
}
