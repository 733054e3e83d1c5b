import {
  type CalendarDay,
  defaultCalendar,
  defaultCalendarForYear,
  FIRST_SEEDED_YEAR,
  isWeekend,
  LAST_SEEDED_YEAR,
} from './holiday-calendar';
import { addDays, dayOfWeek, parseLocalDate } from './local-date';
import { buildWorkingCalendar, type WorkingCalendar } from './working-calendar';

const YEARS = Array.from(
  { length: LAST_SEEDED_YEAR - FIRST_SEEDED_YEAR + 1 },
  (_, i) => FIRST_SEEDED_YEAR + i,
);

function calendarAround(year: number): WorkingCalendar {
  const years = [year - 1, year, year + 1].filter(
    (y) => y >= FIRST_SEEDED_YEAR && y <= LAST_SEEDED_YEAR,
  );
  return buildWorkingCalendar(years.flatMap(defaultCalendarForYear));
}

/** The whole break (weekends included) around a day off: [first, last]. */
function breakAround(calendar: WorkingCalendar, day: string): [string, string] {
  let first = day;
  let last = day;
  while (!calendar.isWorkingDay(addDays(first, -1))) {
    first = addDays(first, -1);
  }
  while (!calendar.isWorkingDay(addDays(last, 1))) {
    last = addDays(last, 1);
  }
  return [first, last];
}

function row(year: number, date: string): CalendarDay | undefined {
  return defaultCalendarForYear(year).find((r) => r.date === date);
}

describe('defaultCalendarForYear — public holidays for civil servants', () => {
  it.each([2011, 2032, 2026.5])('throws RangeError outside the seeded years: %p', (year) => {
    expect(() => defaultCalendarForYear(year)).toThrow(RangeError);
  });

  // BLLĐ 1994 (sửa đổi 2007) Điều 73: 9 days; BLLĐ 2012 Điều 115 (from 1/5/2013): Tết 5 → 10 days;
  // BLLĐ 2019 Điều 112 (from 1/1/2021): Quốc khánh 2 → 11 days.
  it.each(YEARS.map((y) => [y, y <= 2013 ? 9 : y <= 2020 ? 10 : 11]))(
    '%i has %i statutory holiday days',
    (year, expected) => {
      expect(defaultCalendarForYear(year).filter((r) => r.kind === 'holiday')).toHaveLength(
        expected,
      );
    },
  );

  it.each(YEARS)('%i: one row per date, all in the year, sorted, with name and source', (year) => {
    const rows = defaultCalendarForYear(year);
    expect(new Set(rows.map((r) => r.date)).size).toBe(rows.length);
    expect(rows.every((r) => parseLocalDate(r.date).year === year)).toBe(true);
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
    expect(rows.every((r) => r.name.length > 0 && r.source.length > 0)).toBe(true);
  });

  it.each(YEARS)('%i: days off in lieu are weekdays and make-up days are Saturdays', (year) => {
    const rows = defaultCalendarForYear(year);
    const offKinds = ['compensatory_day_off', 'swapped_day_off'];
    expect(rows.filter((r) => offKinds.includes(r.kind)).every((r) => !isWeekend(r.date))).toBe(
      true,
    );
    const makeUp = rows.filter((r) => r.kind === 'make_up_workday');
    expect(makeUp.every((r) => dayOfWeek(r.date) === 6)).toBe(true);
  });

  it.each([
    // BLLĐ 2019 Điều 111 khoản 3: holiday on the weekly rest day → next working day off
    [2026, '2026-04-27', 'compensatory_day_off', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
    [2026, '2026-04-26', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
    [2026, '2026-02-16', 'holiday', 'Tết Nguyên đán (29 tháng Chạp)'],
    [2026, '2026-02-20', 'holiday', 'Tết Nguyên đán (mùng 4)'],
    [
      2026,
      '2026-01-02',
      'swapped_day_off',
      'Nghỉ hoán đổi dịp Tết Dương lịch 2026 (làm bù Thứ Bảy 10/01/2026)',
    ],
    [
      2026,
      '2026-01-10',
      'make_up_workday',
      'Làm bù ngày nghỉ hoán đổi 02/01/2026 (dịp Tết Dương lịch 2026)',
    ],
    [2026, '2026-09-01', 'holiday', 'Quốc khánh (ngày liền kề 2/9)'],
    // 30/4 and 1/5 both on a weekend: two days in lieu, Monday and Tuesday
    [2022, '2022-05-02', 'compensatory_day_off', 'Nghỉ bù Ngày Chiến thắng (30/4)'],
    [2022, '2022-05-03', 'compensatory_day_off', 'Nghỉ bù Ngày Quốc tế lao động (1/5)'],
    // Giỗ Tổ (Sat), 30/4 (Sun), 1/5 (Mon): days in lieu skip 1/5 and fall on 2/5 and 3/5
    [2023, '2023-05-02', 'compensatory_day_off', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
    [2023, '2023-05-03', 'compensatory_day_off', 'Nghỉ bù Ngày Chiến thắng (30/4)'],
    // BLLĐ 1994 Điều 73 khoản 2: same rule before 2013
    [2012, '2012-04-02', 'compensatory_day_off', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
    [2012, '2012-09-03', 'compensatory_day_off', 'Nghỉ bù Quốc khánh'],
    // a swap announced for the next year lands in the year of its date
    [
      2014,
      '2014-12-27',
      'make_up_workday',
      'Làm bù ngày nghỉ hoán đổi 02/01/2015 (dịp Tết Dương lịch 2015)',
    ],
    [
      2018,
      '2018-12-31',
      'swapped_day_off',
      'Nghỉ hoán đổi dịp Tết Dương lịch 2019 (làm bù Thứ Bảy 05/01/2019)',
    ],
  ])('%i: %s is %s "%s"', (year, date, kind, name) => {
    expect(row(year, date)).toMatchObject({ date, kind, name });
  });

  it.each([
    ['2012-01-22', 'Bộ luật Lao động 1994 (sửa đổi 2007), Điều 73 khoản 1'],
    ['2019-02-05', 'Bộ luật Lao động 2012, Điều 115 khoản 1'],
    ['2020-09-02', 'Bộ luật Lao động 2012, Điều 115 khoản 1'],
    ['2021-09-02', 'Bộ luật Lao động 2019, Điều 112 khoản 1'],
  ])('the holiday %s cites the Labour Code in force: %s', (date, source) => {
    expect(row(parseLocalDate(date).year, date)?.source).toBe(source);
  });

  it('cites the yearly announcement on Tết days chosen by it', () => {
    expect(row(2024, '2024-02-08')?.source).toContain('8662/VPCP-KGVX');
    expect(row(2024, '2024-04-29')?.source).toBe('Văn bản 2450/VPCP-KGVX ngày 12/4/2024');
  });

  // BLLĐ 2012 Điều 115 k1, k3; Văn bản 9794/VPCP-KGVX ngày 14/11/2016: Tết Đinh Dậu from 29 tháng
  // Chạp (Thu 26/1) to mùng 3 (Mon 30/1); mùng 1, 2 on Sat/Sun → nghỉ bù Tue 31/1 and Wed 1/2.
  it('2017: Tết 26/1–1/2 as announced (not the default 27/1–2/2), citing Văn bản 9794/VPCP-KGVX', () => {
    const tet = defaultCalendarForYear(2017).filter((r) => r.name.includes('Tết Nguyên đán'));
    expect(tet.map((r) => [r.date, r.kind, r.name])).toEqual([
      ['2017-01-26', 'holiday', 'Tết Nguyên đán (29 tháng Chạp)'],
      ['2017-01-27', 'holiday', 'Tết Nguyên đán (30 tháng Chạp)'],
      ['2017-01-28', 'holiday', 'Tết Nguyên đán (mùng 1)'],
      ['2017-01-29', 'holiday', 'Tết Nguyên đán (mùng 2)'],
      ['2017-01-30', 'holiday', 'Tết Nguyên đán (mùng 3)'],
      ['2017-01-31', 'compensatory_day_off', 'Nghỉ bù Tết Nguyên đán'],
      ['2017-02-01', 'compensatory_day_off', 'Nghỉ bù Tết Nguyên đán'],
    ]);
    expect(row(2017, '2017-01-26')?.source).toContain('9794/VPCP-KGVX ngày 14/11/2016');
    expect(breakAround(calendarAround(2017), '2017-01-28')).toEqual(['2017-01-26', '2017-02-01']);
    expect(calendarAround(2017).isWorkingDay('2017-02-02')).toBe(true);
  });

  it('before BLLĐ 2012 took effect (1/5/2013) Tết was 4 days: 29 tháng Chạp to mùng 3', () => {
    const tet = defaultCalendarForYear(2013).filter((r) => r.name.startsWith('Tết Nguyên đán'));
    expect(tet.map((r) => r.date)).toEqual([
      '2013-02-09',
      '2013-02-10',
      '2013-02-11',
      '2013-02-12',
    ]);
  });

  it('before 2021 Quốc khánh was one day (BLLĐ 2012 Điều 115)', () => {
    const days = defaultCalendarForYear(2020).filter((r) => r.name.startsWith('Quốc khánh'));
    expect(days.map((r) => r.date)).toEqual(['2020-09-02']);
  });

  // BLLĐ 2019 Điều 112 khoản 1 điểm đ, khoản 3: without the yearly notice the second day is the
  // adjacent working day that joins the weekend (national-day-default.ts), marked as a default.
  it.each([
    [2027, ['2027-09-02', '2027-09-03'], [], ['2027-09-02', '2027-09-05']],
    [2028, ['2028-09-01', '2028-09-02'], ['2028-09-04'], ['2028-09-01', '2028-09-04']],
    [2029, ['2029-09-02', '2029-09-03'], ['2029-09-04'], ['2029-09-01', '2029-09-04']],
    [2030, ['2030-09-02', '2030-09-03'], [], ['2030-08-31', '2030-09-03']],
    [2031, ['2031-09-01', '2031-09-02'], [], ['2031-08-30', '2031-09-02']],
  ])(
    'without an announcement, Quốc khánh %i is %j with days in lieu %j: break %j',
    (year, holidays, inLieu, brk) => {
      const days = defaultCalendarForYear(year).filter((r) => r.name.includes('Quốc khánh'));
      expect(days.filter((r) => r.kind === 'holiday').map((r) => r.date)).toEqual(holidays);
      expect(days.filter((r) => r.kind !== 'holiday').map((r) => r.date)).toEqual(inLieu);
      const chosen = days.find((r) => r.name === 'Quốc khánh (ngày liền kề 2/9)');
      expect(chosen?.source).toBe(
        'Bộ luật Lao động 2019, Điều 112 khoản 1; ngày liền kề theo quy tắc mặc định (nối với ngày nghỉ cuối tuần), chưa có thông báo chính thức — cần xác nhận',
      );
      expect(breakAround(calendarAround(year), `${year}-09-02`)).toEqual(brk);
    },
  );

  it('2028 (Saturday 2/9) no longer takes Sunday 3/9 with Monday and Tuesday in lieu', () => {
    expect(row(2028, '2028-09-03')).toBeUndefined();
    expect(row(2028, '2028-09-05')).toBeUndefined();
    expect(calendarAround(2028).isWorkingDay('2028-09-05')).toBe(true);
  });

  it.each([2021, 2022, 2023, 2024, 2025, 2026])(
    'Quốc khánh %i keeps the announced day, cited from its announcement, not the default rule',
    (year) => {
      const chosen = defaultCalendarForYear(year).find(
        (r) => r.name === 'Quốc khánh (ngày liền kề 2/9)',
      );
      expect(chosen?.source).not.toContain('quy tắc mặc định');
      expect(chosen?.source).toMatch(/Thông báo|Văn bản|Thủ tướng/);
    },
  );

  // Official breaks for civil servants (weekends included), from the yearly announcements.
  it.each([
    ['Tết 2018', '2018-02-16', '2018-02-14', '2018-02-20'],
    ['Tết 2019', '2019-02-05', '2019-02-02', '2019-02-10'],
    ['Tết 2020', '2020-01-25', '2020-01-23', '2020-01-29'],
    ['Tết 2021', '2021-02-12', '2021-02-10', '2021-02-16'],
    ['Tết 2022', '2022-02-01', '2022-01-29', '2022-02-06'],
    ['Tết 2023', '2023-01-22', '2023-01-20', '2023-01-26'],
    ['Tết 2024', '2024-02-10', '2024-02-08', '2024-02-14'],
    ['Tết 2025', '2025-01-29', '2025-01-25', '2025-02-02'],
    ['Tết 2026', '2026-02-17', '2026-02-14', '2026-02-22'],
    ['Tết Dương lịch 2015', '2015-01-01', '2015-01-01', '2015-01-04'],
    ['Tết Dương lịch 2019', '2019-01-01', '2018-12-29', '2019-01-01'],
    ['Tết Dương lịch 2023', '2023-01-01', '2022-12-31', '2023-01-02'],
    ['Tết Dương lịch 2026', '2026-01-01', '2026-01-01', '2026-01-04'],
    ['30/4–1/5 2019', '2019-04-30', '2019-04-27', '2019-05-01'],
    ['30/4–1/5 2022', '2022-04-30', '2022-04-30', '2022-05-03'],
    ['Giỗ Tổ, 30/4–1/5 2023', '2023-04-30', '2023-04-29', '2023-05-03'],
    ['30/4–1/5 2024', '2024-04-30', '2024-04-27', '2024-05-01'],
    ['30/4–1/5 2025', '2025-04-30', '2025-04-30', '2025-05-04'],
    ['30/4–1/5 2026', '2026-04-30', '2026-04-30', '2026-05-03'],
    ['Giỗ Tổ 2026', '2026-04-26', '2026-04-25', '2026-04-27'],
    ['Quốc khánh 2021', '2021-09-02', '2021-09-02', '2021-09-05'],
    ['Quốc khánh 2022', '2022-09-02', '2022-09-01', '2022-09-04'],
    ['Quốc khánh 2023', '2023-09-02', '2023-09-01', '2023-09-04'],
    ['Quốc khánh 2024', '2024-09-02', '2024-08-31', '2024-09-03'],
    ['Quốc khánh 2025', '2025-09-02', '2025-08-30', '2025-09-02'],
    ['Quốc khánh 2026', '2026-09-02', '2026-08-29', '2026-09-02'],
  ])('%s: break from %s is %s to %s', (_label, day, first, last) => {
    const calendar = calendarAround(parseLocalDate(day).year);
    expect(breakAround(calendar, day)).toEqual([first, last]);
  });

  it('the make-up Saturdays around the breaks are working days', () => {
    const calendar = buildWorkingCalendar(defaultCalendar());
    const makeUp = ['2014-12-27', '2019-01-05', '2019-05-04', '2024-05-04', '2025-04-26'];
    expect(
      makeUp.concat(['2026-01-10', '2026-08-22']).map((d) => calendar.isWorkingDay(d)),
    ).toEqual(Array(7).fill(true));
  });

  it.each([
    ['2026-01-03', true],
    ['2026-01-04', true],
    ['2026-01-05', false],
    ['2026-01-09', false],
  ])('isWeekend(%s) is %s (Saturday and Sunday, QĐ 188/1999/QĐ-TTg)', (d, expected) => {
    expect(isWeekend(d)).toBe(expected);
  });
});
