import { boundedCalendar, CalendarRangeError } from './bounded-calendar';
import { defaultCalendarForYear } from './holiday-calendar';
import { buildWorkingCalendar } from './working-calendar';

describe('boundedCalendar — never counts a year whose rows were not loaded', () => {
  const calendar = boundedCalendar(
    buildWorkingCalendar(defaultCalendarForYear(2026)),
    '2026-01-01',
    '2026-12-31',
  );

  it('answers inside the loaded range', () => {
    expect(calendar.isWorkingDay('2026-02-17')).toBe(false);
    expect(calendar.nonWorkingReason('2026-02-17')).toBe('Tết Nguyên đán (mùng 1)');
    expect(calendar.isWorkingDay('2026-12-31')).toBe(true);
  });

  it.each(['2025-12-31', '2027-01-01'])('throws CalendarRangeError for %s', (date) => {
    expect(() => calendar.isWorkingDay(date)).toThrow(CalendarRangeError);
    expect(() => calendar.nonWorkingReason(date)).toThrow(CalendarRangeError);
  });
});
