import type { FieldError } from '../../common/errors/error-body';
import { legalMessagesVi as m } from '../../common/i18n/legal-messages.vi';
import { type CalendarDay, type CalendarDayKind, isWeekend } from './holiday-calendar';
import { compareLocalDates, isValidLocalDate, type LocalDate, parseLocalDate } from './local-date';

// Rules for an administrator's list of special days of one year (DOMAIN §10.2): a make-up working
// day replaces a weekly rest day, so it is a Saturday or Sunday; a compensatory or swapped day off
// replaces a working day, so it is a weekday (BLLĐ 2019, Điều 111 khoản 3; yearly swap notices).
// A holiday keeps its legal date whatever the weekday (BLLĐ 2019, Điều 112 khoản 1).

/** Years the calendar API accepts (the seeded years 2012–2031 lie inside). */
export const CALENDAR_MIN_YEAR = 2000;
export const CALENDAR_MAX_YEAR = 2100;

export function isCalendarYear(year: number): boolean {
  return Number.isInteger(year) && year >= CALENDAR_MIN_YEAR && year <= CALENDAR_MAX_YEAR;
}

const WEEKDAY_ONLY: ReadonlySet<CalendarDayKind> = new Set([
  'compensatory_day_off',
  'swapped_day_off',
]);

function rowProblems(year: number, day: CalendarDay, at: string): FieldError[] {
  if (!isValidLocalDate(day.date)) {
    return [{ field: `${at}.date`, code: 'isLocalDate', message: m.calendarInvalid }];
  }
  if (parseLocalDate(day.date).year !== year) {
    const message = m.calendarDateOutsideYear(year);
    return [{ field: `${at}.date`, code: 'outsideYear', message }];
  }
  if (day.kind === 'make_up_workday' && !isWeekend(day.date)) {
    return [{ field: `${at}.kind`, code: 'makeUpOnWeekday', message: m.calendarMakeUpOnWeekday }];
  }
  if (WEEKDAY_ONLY.has(day.kind) && isWeekend(day.date)) {
    return [{ field: `${at}.kind`, code: 'dayOffOnWeekend', message: m.calendarDayOffOnWeekend }];
  }
  return [];
}

/** Problems of the full list of special days of `year`, with `days.<i>.<field>` paths. */
export function findCalendarYearProblems(year: number, days: readonly CalendarDay[]): FieldError[] {
  const seen = new Set<LocalDate>();
  return days.flatMap((day, i) => {
    const at = `days.${i}`;
    const problems = rowProblems(year, day, at);
    if (seen.has(day.date)) {
      const message = m.calendarDuplicateDate(day.date);
      problems.push({ field: `${at}.date`, code: 'duplicate', message });
    }
    seen.add(day.date);
    return problems;
  });
}

export interface CalendarDiff {
  added: LocalDate[];
  removed: LocalDate[];
  /** Same date, another kind, name or source. */
  changed: LocalDate[];
}

function sameDay(a: CalendarDay, b: CalendarDay): boolean {
  return a.kind === b.kind && a.name === b.name && a.source === b.source;
}

const sorted = (dates: LocalDate[]): LocalDate[] => dates.sort(compareLocalDates);

/** What replacing `before` by `after` changes, date by date. */
export function diffCalendarDays(
  before: readonly CalendarDay[],
  after: readonly CalendarDay[],
): CalendarDiff {
  const old = new Map(before.map((d) => [d.date, d]));
  const next = new Map(after.map((d) => [d.date, d]));
  const added = after.filter((d) => !old.has(d.date)).map((d) => d.date);
  const removed = before.filter((d) => !next.has(d.date)).map((d) => d.date);
  const changed = after
    .filter((d) => {
      const previous = old.get(d.date);
      return previous !== undefined && !sameDay(previous, d);
    })
    .map((d) => d.date);
  return { added: sorted(added), removed: sorted(removed), changed: sorted(changed) };
}

/** Every date whose row was added, removed or changed, in order. */
export function changedDatesOf(diff: CalendarDiff): LocalDate[] {
  return sorted([...diff.added, ...diff.removed, ...diff.changed]);
}
