import { compareLocalDates, type LocalDate } from './local-date';
import type { WorkingCalendar } from './working-calendar';

/** A date the loaded calendar rows do not cover: the caller loads a wider range and retries. */
export class CalendarRangeError extends RangeError {
  constructor(
    readonly date: LocalDate,
    readonly from: LocalDate,
    readonly to: LocalDate,
  ) {
    super(`Calendar loaded for ${from}..${to} was asked about ${date}`);
    this.name = 'CalendarRangeError';
  }
}

/**
 * A calendar built from the rows of [from, to] that refuses to answer outside that range, so a
 * deadline never silently counts a year whose holidays were not loaded as plain weekdays.
 */
export function boundedCalendar(
  calendar: WorkingCalendar,
  from: LocalDate,
  to: LocalDate,
): WorkingCalendar {
  const check = (d: LocalDate): void => {
    if (compareLocalDates(d, from) < 0 || compareLocalDates(d, to) > 0) {
      throw new CalendarRangeError(d, from, to);
    }
  };
  return {
    isWorkingDay: (d) => {
      check(d);
      return calendar.isWorkingDay(d);
    },
    nonWorkingReason: (d) => {
      check(d);
      return calendar.nonWorkingReason(d);
    },
  };
}
