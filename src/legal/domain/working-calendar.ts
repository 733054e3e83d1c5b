import { type CalendarDay, type CalendarDayKind, isWeekend } from './holiday-calendar';
import {
  addDays,
  compareLocalDates,
  isValidLocalDate,
  type LocalDate,
  weekdayNameVi,
} from './local-date';

export interface WorkingCalendar {
  isWorkingDay(d: LocalDate): boolean;
  /** Why a day is not worked ('Chủ nhật', 'Tết Nguyên đán (mùng 2)', …); null on a working day. */
  nonWorkingReason(d: LocalDate): string | null;
}

// When two rows share a date, the one that takes the day off wins.
const PRIORITY: Record<CalendarDayKind, number> = {
  holiday: 4,
  compensatory_day_off: 3,
  swapped_day_off: 2,
  make_up_workday: 1,
};

/** Longest run of non-working days the walkers accept before deciding the calendar is broken. */
const MAX_NON_WORKING_RUN = 366;

/**
 * Saturdays and Sundays are not worked unless a make_up_workday row says so; holidays, compensatory
 * days and swapped days off are not worked (BLLĐ 2019, Điều 111–112; yearly swap announcements).
 */
export function buildWorkingCalendar(days: readonly CalendarDay[]): WorkingCalendar {
  const byDate = new Map<LocalDate, CalendarDay>();
  for (const day of days) {
    if (!isValidLocalDate(day.date)) {
      throw new RangeError(`Invalid calendar date: ${JSON.stringify(day.date)}`);
    }
    const current = byDate.get(day.date);
    if (!current || PRIORITY[day.kind] > PRIORITY[current.kind]) {
      byDate.set(day.date, day);
    }
  }
  return {
    isWorkingDay: (d) => {
      const row = byDate.get(d);
      return row ? row.kind === 'make_up_workday' : !isWeekend(d);
    },
    nonWorkingReason: (d) => {
      const row = byDate.get(d);
      if (row) {
        return row.kind === 'make_up_workday' ? null : row.name;
      }
      return isWeekend(d) ? weekdayNameVi(d) : null;
    },
  };
}

/** The first working day strictly after d. */
export function nextWorkingDay(calendar: WorkingCalendar, d: LocalDate): LocalDate {
  let day = addDays(d, 1);
  for (let i = 0; !calendar.isWorkingDay(day); i += 1) {
    if (i >= MAX_NON_WORKING_RUN) {
      throw new RangeError(`No working day within ${MAX_NON_WORKING_RUN} days after ${d}`);
    }
    day = addDays(day, 1);
  }
  return day;
}

/** The n-th working day after d (d itself not counted); d when n = 0. */
export function addWorkingDays(calendar: WorkingCalendar, d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`Number of working days must be a non-negative integer: ${n}`);
  }
  let day = d;
  for (let i = 0; i < n; i += 1) {
    day = nextWorkingDay(calendar, day);
  }
  return day;
}

/** Working days in the half-open interval [from, to). */
export function countWorkingDays(
  calendar: WorkingCalendar,
  from: LocalDate,
  to: LocalDate,
): number {
  let count = 0;
  for (let day = from; compareLocalDates(day, to) < 0; day = addDays(day, 1)) {
    count += calendar.isWorkingDay(day) ? 1 : 0;
  }
  return count;
}
