import {
  periodNamesVi,
  periodRangesVi,
  statisticsMessagesVi,
  statutoryBasisLabelsVi,
} from '../../common/i18n/statistics-labels.vi';
import {
  addDays,
  daysBetween,
  formatVietnameseDate,
  type LocalDate,
  localDate,
} from '../../legal/domain/local-date';
import {
  addMonthsClamped,
  calendarDates,
  cutOffDates,
  firstMonthOf,
  type MonthSpan,
  previousSpan,
  spanLastYear,
} from './month-span';
import { fieldError, periodInvalid } from './statistics-errors';

/**
 * Report periods (DESIGN.md §5, DOMAIN §7.1, Product decision 4). A period is [from, to], local
 * dates, both inclusive, under one convention:
 * - `statutory`: the data periods (thời gian chốt số liệu) of the TTCP reporting circulars;
 * - `calendar`: calendar years, quarters and months;
 * - `custom`: any range the user gives.
 * Which circular a statutory period follows is decided by its closing date (`to`): the circular in
 * force on that day defines the whole period. Parsing and validating the query is in
 * resolve-period.ts.
 */
export type PeriodConvention = 'statutory' | 'calendar' | 'custom';
export type NamedConvention = Exclude<PeriodConvention, 'custom'>;
export type StatutoryBasis = 'TT_03_2013' | 'TT_02_2021' | 'TT_01_2024';
export type PeriodKind = 'year' | 'quarter' | 'half' | 'nineMonths' | 'month' | 'months' | 'custom';

export interface ReportPeriod {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly convention: PeriodConvention;
  readonly kind: PeriodKind;
  /** The circular whose cut-offs were used; null for calendar and custom periods. */
  readonly basis: StatutoryBasis | null;
  /** The report months; null for a custom range. */
  readonly span: MonthSpan | null;
  /** '2017', '2017-Q1', '2017-H1', '2017-H2', '2017-9M', '2017-M03'; null when there is none. */
  readonly code: string | null;
  /** 'Quý I năm 2017'. */
  readonly name: string;
  /** 'Quý I năm 2017 (kỳ báo cáo 16/12/2016 – 15/03/2017, Thông tư 03/2013/TT-TTCP)'. */
  readonly label: string;
}

export interface StatutoryRegime {
  readonly basis: StatutoryBasis;
  /** First closing date the regime governs; null = every earlier period. */
  readonly inForceFrom: LocalDate | null;
  /** Report months run from this day of the previous month to the day before it. */
  readonly cutOffDay: number;
}

/** Newest first. */
export const STATUTORY_REGIMES: readonly StatutoryRegime[] = [
  // TT 01/2024/TT-TTCP (in force 5/3/2024): chốt số liệu từ ngày 15 tháng trước đến ngày 14
  { basis: 'TT_01_2024', inForceFrom: '2024-03-05', cutOffDay: 15 },
  // TT 02/2021/TT-TTCP (in force 10/5/2021): the same 15 → 14 cut-offs (Product decision 4)
  { basis: 'TT_02_2021', inForceFrom: '2021-05-10', cutOffDay: 15 },
  // TT 03/2013/TT-TTCP Điều 9: từ ngày 16 tháng trước đến ngày 15 (also used for older data)
  { basis: 'TT_03_2013', inForceFrom: null, cutOffDay: 16 },
];

/**
 * The regime of a statutory span: the one in force on its closing date. The 15 → 14 and 16 → 15
 * closing dates of a span (the 14th and the 15th of its last month) fall on the same side of
 * 10/5/2021 and 5/3/2024, so either gives the same answer; the 14th is used.
 */
export function statutoryRegimeFor(span: MonthSpan): StatutoryRegime {
  const closing = localDate(span.endYear, span.endMonth, 14);
  const regime = STATUTORY_REGIMES.find((r) => r.inForceFrom === null || r.inForceFrom <= closing);
  if (!regime) {
    throw new Error('STATUTORY_REGIMES must end with a regime without a start date');
  }
  return regime;
}

export function periodKindOf(span: MonthSpan): PeriodKind {
  const { endMonth, months } = span;
  if (months === 12 && endMonth === 12) return 'year';
  if (months === 3 && endMonth % 3 === 0) return 'quarter';
  if (months === 6 && endMonth % 6 === 0) return 'half';
  if (months === 9 && endMonth === 9) return 'nineMonths';
  return months === 1 ? 'month' : 'months';
}

function codeOf(span: MonthSpan, kind: PeriodKind): string | null {
  const y = String(span.endYear);
  switch (kind) {
    case 'year':
      return y;
    case 'quarter':
      return `${y}-Q${span.endMonth / 3}`;
    case 'half':
      return `${y}-H${span.endMonth / 6}`;
    case 'nineMonths':
      return `${y}-9M`;
    case 'month':
      return `${y}-M${String(span.endMonth).padStart(2, '0')}`;
    default:
      return null;
  }
}

function nameOf(span: MonthSpan, kind: PeriodKind): string {
  const { endYear: y, endMonth: m } = span;
  switch (kind) {
    case 'year':
      return periodNamesVi.year(y);
    case 'quarter':
      return periodNamesVi.quarter(m / 3, y);
    case 'half':
      return m === 6 ? periodNamesVi.firstHalf(y) : periodNamesVi.secondHalf(y);
    case 'nineMonths':
      return periodNamesVi.nineMonths(y);
    case 'month':
      return periodNamesVi.month(m, y);
    default: {
      const first = firstMonthOf(span);
      return periodNamesVi.months(span.months, `${first.month}/${first.year}`, `${m}/${y}`);
    }
  }
}

/** A statutory or calendar period made of whole report months. */
export function namedPeriod(span: MonthSpan, convention: NamedConvention): ReportPeriod {
  const kind = periodKindOf(span);
  const name = nameOf(span, kind);
  if (convention === 'calendar') {
    const { from, to } = calendarDates(span);
    const range = periodRangesVi.calendar(formatVietnameseDate(from), formatVietnameseDate(to));
    const label = `${name} (${range})`;
    return { from, to, convention, kind, basis: null, span, code: codeOf(span, kind), name, label };
  }
  const regime = statutoryRegimeFor(span);
  const { from, to } = cutOffDates(span, regime.cutOffDay);
  const range = periodRangesVi.statutory(
    formatVietnameseDate(from),
    formatVietnameseDate(to),
    statutoryBasisLabelsVi[regime.basis],
  );
  const basis = regime.basis;
  const label = `${name} (${range})`;
  return { from, to, convention, kind, basis, span, code: codeOf(span, kind), name, label };
}

/** A custom range; the caller has checked that from ≤ to (resolvePeriod does). */
export function customPeriod(from: LocalDate, to: LocalDate): ReportPeriod {
  const name = periodNamesVi.custom(formatVietnameseDate(from), formatVietnameseDate(to));
  return {
    from,
    to,
    convention: 'custom',
    kind: 'custom',
    basis: null,
    span: null,
    code: null,
    name,
    label: name,
  };
}

/**
 * The period of equal length immediately before: the previous year, quarter, half or month under
 * the same convention (its circular chosen again by its own closing date), or for a custom range
 * the same number of days ending the day before `from`.
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  if (period.span !== null && period.convention !== 'custom') {
    return namedPeriod(previousSpan(period.span), period.convention);
  }
  const days = daysBetween(period.from, period.to);
  const to = addDays(period.from, -1);
  return customPeriod(addDays(to, -days), to);
}

/** The same period one year earlier (29/02 of a custom range becomes 28/02). */
export function sameLastYear(period: ReportPeriod): ReportPeriod {
  if (period.span !== null && period.convention !== 'custom') {
    return namedPeriod(spanLastYear(period.span), period.convention);
  }
  return customPeriod(addMonthsClamped(period.from, -12), addMonthsClamped(period.to, -12));
}

/** Longest trend (lastNPeriods) one request may ask for. */
export const MAX_TREND_PERIODS = 60;

/**
 * The `count` periods ending with `period`, oldest first, each the previousPeriod of the next: the
 * points of a trend. A bad count is a 400 naming the `periods` query field.
 */
export function lastNPeriods(period: ReportPeriod, count: number): ReportPeriod[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_TREND_PERIODS) {
    throw periodInvalid([
      fieldError('periods', 'outOfRange', statisticsMessagesVi.trendLength(MAX_TREND_PERIODS)),
    ]);
  }
  const periods = [period];
  for (let i = 1; i < count; i += 1) {
    periods.unshift(previousPeriod(periods[0] ?? period));
  }
  return periods;
}
