import { daysBetween } from '../../../legal/domain/local-date';
import { firstMonthOf, shiftYearMonth, type YearMonth } from '../../domain/month-span';
import { type ReportPeriod, statutoryRegimeFor } from '../../domain/report-period';

/**
 * How the monthly trend of a period is bucketed in SQL: `date_trunc('month', day − shiftDays)`
 * moved on by `monthOffset` months is the report month of a day. Statutory months run from the
 * cut-off day of the previous month (TT 01/2024: 15 → 14; TT 03/2013 Điều 9: 16 → 15), so a day
 * is shifted back by cut-off − 1 days and its bucket moved one month on; calendar months are
 * taken as they are.
 */
export interface MonthBuckets {
  readonly shiftDays: number;
  readonly monthOffset: number;
  /** The report months of the period, oldest first; empty when it is shorter than a month. */
  readonly months: readonly YearMonth[];
}

/** A custom range gets a trend from this many days (a month or longer). */
const MIN_TREND_DAYS = 27;

function monthsFrom(first: YearMonth, count: number): YearMonth[] {
  return Array.from({ length: count }, (_, i) => shiftYearMonth(first.year, first.month, i));
}

/** Calendar months from the month of `from` to the month of `to` (a custom range). */
function customMonths(period: ReportPeriod): YearMonth[] {
  if (daysBetween(period.from, period.to) < MIN_TREND_DAYS) return [];
  const [fy = 0, fm = 1] = period.from.split('-').map(Number);
  const [ty = 0, tm = 1] = period.to.split('-').map(Number);
  return monthsFrom({ year: fy, month: fm }, (ty - fy) * 12 + (tm - fm) + 1);
}

export function monthBuckets(period: ReportPeriod): MonthBuckets {
  if (period.span === null) return { shiftDays: 0, monthOffset: 0, months: customMonths(period) };
  const months = monthsFrom(firstMonthOf(period.span), period.span.months);
  if (period.convention !== 'statutory') return { shiftDays: 0, monthOffset: 0, months };
  // TT 01/2024/TT-TTCP: a report month runs from the 15th of the previous month to the 14th;
  // TT 03/2013/TT-TTCP Điều 9: from the 16th to the 15th.
  const cutOff = statutoryRegimeFor(period.span).cutOffDay;
  return { shiftDays: cutOff - 1, monthOffset: 1, months };
}

export interface MonthCountRow {
  readonly series: 'petitions' | 'visits';
  /** 'YYYY-MM-DD', first day of the (shifted) month bucket. */
  readonly month: string;
  readonly n: number;
}

export interface MonthlyPoint extends YearMonth {
  readonly petitions: number;
  readonly visits: number;
}

/** One point per report month (zeros where nothing was counted), from the grouped SQL rows. */
export function monthlySeries(
  buckets: MonthBuckets,
  rows: readonly MonthCountRow[],
): MonthlyPoint[] {
  const key = (y: number, m: number) => `${y}-${m}`;
  const points = new Map(
    buckets.months.map((m) => [key(m.year, m.month), { ...m, petitions: 0, visits: 0 }]),
  );
  for (const row of rows) {
    const [y, m] = row.month.split('-').map(Number);
    const month = shiftYearMonth(y ?? 0, m ?? 1, buckets.monthOffset);
    const point = points.get(key(month.year, month.month));
    if (point) point[row.series] += Number(row.n);
  }
  return [...points.values()];
}
