import { type CalendarDay, defaultCalendarForYear } from './holiday-calendar';
import {
  addWorkingDays,
  buildWorkingCalendar,
  countWorkingDays,
  nextWorkingDay,
  type WorkingCalendar,
} from './working-calendar';

const calendar2026 = buildWorkingCalendar([
  ...defaultCalendarForYear(2025),
  ...defaultCalendarForYear(2026),
]);

function day(date: string, kind: CalendarDay['kind'], name: string = kind): CalendarDay {
  return { date, kind, name, source: 'test' };
}

describe('buildWorkingCalendar — working days of state bodies', () => {
  it.each([
    ['2026-03-03', true, null, 'an ordinary Tuesday'],
    ['2026-03-07', false, 'Thứ Bảy', 'a Saturday'],
    ['2026-03-08', false, 'Chủ nhật', 'a Sunday'],
    ['2026-01-01', false, 'Tết Dương lịch', 'BLLĐ 2019 Điều 112 khoản 1 điểm a'],
    [
      '2026-01-02',
      false,
      'Nghỉ hoán đổi dịp Tết Dương lịch 2026 (làm bù Thứ Bảy 10/01/2026)',
      'swapped day off (Văn bản 12729/VPCP-KGVX)',
    ],
    ['2026-01-10', true, null, 'make-up Saturday'],
    ['2026-01-11', false, 'Chủ nhật', 'the Sunday after a make-up Saturday'],
    ['2026-02-18', false, 'Tết Nguyên đán (mùng 2)', 'Tết'],
    ['2026-02-21', false, 'Thứ Bảy', 'the Saturday after Tết'],
    ['2026-04-26', false, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'a holiday on a Sunday'],
    ['2026-04-27', false, 'Nghỉ bù Giỗ Tổ Hùng Vương', 'BLLĐ 2019 Điều 111 khoản 3'],
    ['2026-08-31', false, 'Nghỉ hoán đổi dịp Quốc khánh 2026 (làm bù Thứ Bảy 22/08/2026)', 'swap'],
  ])('%s: working=%s, reason %j (%s)', (date, working, reason, _why) => {
    expect(calendar2026.isWorkingDay(date)).toBe(working);
    expect(calendar2026.nonWorkingReason(date)).toBe(reason);
  });

  it('without rows only Saturdays and Sundays are off', () => {
    const plain = buildWorkingCalendar([]);
    expect(['2026-02-16', '2026-02-21', '2026-02-22'].map((d) => plain.isWorkingDay(d))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it.each([
    [[day('2026-03-07', 'make_up_workday'), day('2026-03-07', 'holiday', 'Lễ')]],
    [[day('2026-03-07', 'holiday', 'Lễ'), day('2026-03-07', 'make_up_workday')]],
  ])('a day-off row wins over a make-up row on the same date, in any order', (rows) => {
    const calendar = buildWorkingCalendar(rows);
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false);
    expect(calendar.nonWorkingReason('2026-03-07')).toBe('Lễ');
  });

  it('refuses a row with an impossible date', () => {
    expect(() => buildWorkingCalendar([day('2026-02-30', 'holiday')])).toThrow(RangeError);
  });

  it('finds the next working day after Tết 2026 (Fri 13/02 → Mon 23/02)', () => {
    expect(nextWorkingDay(calendar2026, '2026-02-13')).toBe('2026-02-23');
  });

  it.each([
    ['2026-02-12', 3, '2026-02-24'],
    ['2026-12-30', 1, '2026-12-31'],
    ['2026-01-09', 1, '2026-01-10'],
    ['2026-03-02', 0, '2026-03-02'],
  ])('addWorkingDays(%s, %i) = %s', (d, n, expected) => {
    expect(addWorkingDays(calendar2026, d, n)).toBe(expected);
  });

  it.each([
    ['2026-02-12', '2026-02-24', 3],
    ['2026-01-01', '2026-01-12', 6],
    ['2026-03-02', '2026-03-02', 0],
  ])('countWorkingDays in [%s, %s) = %i', (from, to, expected) => {
    expect(countWorkingDays(calendar2026, from, to)).toBe(expected);
  });

  it('stops instead of looping forever on a calendar without working days', () => {
    const never: WorkingCalendar = { isWorkingDay: () => false, nonWorkingReason: () => 'x' };
    expect(() => nextWorkingDay(never, '2026-01-01')).toThrow(RangeError);
  });
});
