import {
  addDays,
  compareLocalDates,
  dayOfWeek,
  formatVietnameseDate,
  type LocalDate,
  localDate,
  parseLocalDate,
  weekdayNameVi,
} from './local-date';
import { hungKingsDate, type LunarDate, solarToLunar, tetDate } from './lunar-calendar';
import { DEFAULT_RULE_SOURCE_NOTE, defaultNationalDayExtraDay } from './national-day-default';
import {
  NATIONAL_DAY_DECISIONS,
  TET_DECISIONS,
  WORKDAY_SWAPS,
  type WorkdaySwap,
} from './official-announcements';

// Default public-holiday calendar for civil servants, 2012–2031: the holidays of the Labour Code in
// force on each date, compensatory days off for holidays on a weekly rest day, and the yearly
// announcements listed in official-announcements.ts.
// Choices: without an announcement, Tết is the last day of the old lunar year plus the first days of
// the new one (the law's own pattern before 2013), and the second Quốc khánh day is the adjacent
// day that joins the weekend (national-day-default.ts), its source saying it awaits confirmation.

export type CalendarDayKind =
  'holiday' | 'compensatory_day_off' | 'swapped_day_off' | 'make_up_workday';

export interface CalendarDay {
  date: LocalDate;
  kind: CalendarDayKind;
  name: string;
  source: string;
}

export const FIRST_SEEDED_YEAR = 2012;
export const LAST_SEEDED_YEAR = 2031;

interface LabourCode {
  name: string;
  holidays: string;
  compensatory: string;
  tetDays: number;
  nationalDayDays: number;
}

const CODE_1994: LabourCode = {
  name: 'Bộ luật Lao động 1994 (sửa đổi 2007)',
  holidays: 'Điều 73 khoản 1', // Tết Âm lịch 4 ngày (1 ngày cuối năm, 3 ngày đầu năm); 2/9: 1 ngày
  compensatory: 'Điều 73 khoản 2', // lễ trùng ngày nghỉ hằng tuần → nghỉ bù ngày tiếp theo
  tetDays: 4,
  nationalDayDays: 1,
};
const CODE_2012: LabourCode = {
  name: 'Bộ luật Lao động 2012',
  holidays: 'Điều 115 khoản 1', // Tết Âm lịch 5 ngày; Quốc khánh 1 ngày
  compensatory: 'Điều 115 khoản 3', // lễ trùng ngày nghỉ hằng tuần → nghỉ bù ngày kế tiếp
  tetDays: 5,
  nationalDayDays: 1,
};
const CODE_2019: LabourCode = {
  name: 'Bộ luật Lao động 2019',
  holidays: 'Điều 112 khoản 1', // Tết Âm lịch 5 ngày; Quốc khánh 2/9 và 1 ngày liền kề
  compensatory: 'Điều 111 khoản 3', // nghỉ hằng tuần trùng lễ → nghỉ bù vào ngày làm việc kế tiếp
  tetDays: 5,
  nationalDayDays: 2,
};

function labourCodeOn(d: LocalDate): LabourCode {
  if (compareLocalDates(d, '2013-05-01') < 0) {
    return CODE_1994; // BLLĐ 2012 in force from 1/5/2013
  }
  return compareLocalDates(d, '2021-01-01') < 0 ? CODE_2012 : CODE_2019; // BLLĐ 2019 from 1/1/2021
}

/** Saturday or Sunday: the weekly rest days of state bodies (Quyết định 188/1999/QĐ-TTg, tuần 40 giờ). */
export function isWeekend(d: LocalDate): boolean {
  const w = dayOfWeek(d);
  return w === 0 || w === 6;
}

interface Holiday {
  date: LocalDate;
  name: string;
  shortName: string;
  source: string;
}

function holiday(date: LocalDate, name: string, shortName: string, extra?: string): Holiday {
  const code = labourCodeOn(date);
  const base = `${code.name}, ${code.holidays}`;
  return { date, name, shortName, source: extra ? `${base}; ${extra}` : base };
}

function lunarDayLabel(l: LunarDate): string {
  return l.month === 1 ? `mùng ${l.day}` : `${l.day} tháng Chạp`;
}

function tetHolidays(year: number): Holiday[] {
  const tet = tetDate(year);
  const decision = TET_DECISIONS.find((t) => t.year === year);
  const first = decision?.firstDay ?? addDays(tet, -1); // default: ngày cuối năm âm lịch + đầu năm
  const count = labourCodeOn(tet).tetDays;
  return Array.from({ length: count }, (_, i) => {
    const date = addDays(first, i);
    const name = `Tết Nguyên đán (${lunarDayLabel(solarToLunar(date))})`;
    return holiday(date, name, 'Tết Nguyên đán', decision?.source);
  });
}

function nationalDayHolidays(year: number): Holiday[] {
  const day = localDate(year, 9, 2);
  const main = holiday(day, 'Quốc khánh (2/9)', 'Quốc khánh');
  if (labourCodeOn(day).nationalDayDays === 1) {
    return [main];
  }
  // BLLĐ 2019 Điều 112 khoản 3: the Prime Minister chooses 1/9 or 3/9; a seeded announcement wins
  const decision = NATIONAL_DAY_DECISIONS.find((n) => n.year === year);
  const extraDay = decision?.extraDay ?? defaultNationalDayExtraDay(year);
  const source = decision?.source ?? DEFAULT_RULE_SOURCE_NOTE;
  const extra = holiday(extraDay, 'Quốc khánh (ngày liền kề 2/9)', 'Quốc khánh', source);
  return [main, extra];
}

function legalHolidays(year: number): Holiday[] {
  const list = [
    holiday(localDate(year, 1, 1), 'Tết Dương lịch', 'Tết Dương lịch'),
    ...tetHolidays(year),
    holiday(hungKingsDate(year), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Giỗ Tổ Hùng Vương'),
    holiday(localDate(year, 4, 30), 'Ngày Chiến thắng (30/4)', 'Ngày Chiến thắng (30/4)'),
    holiday(localDate(year, 5, 1), 'Ngày Quốc tế lao động (1/5)', 'Ngày Quốc tế lao động (1/5)'),
    ...nationalDayHolidays(year),
  ];
  return list.sort((a, b) => compareLocalDates(a.date, b.date));
}

/** One compensatory day per holiday on a weekend, on the next day that is neither weekend nor taken. */
function compensatoryDays(holidays: readonly Holiday[]): CalendarDay[] {
  const taken = new Set(holidays.map((h) => h.date));
  const result: CalendarDay[] = [];
  for (const h of holidays) {
    if (!isWeekend(h.date)) {
      continue;
    }
    let d = addDays(h.date, 1);
    while (isWeekend(d) || taken.has(d)) {
      d = addDays(d, 1);
    }
    taken.add(d);
    const code = labourCodeOn(h.date);
    const name = `Nghỉ bù ${h.shortName}`;
    result.push({
      date: d,
      kind: 'compensatory_day_off',
      name,
      source: `${code.name}, ${code.compensatory}`,
    });
  }
  return result;
}

function swapRows(swap: WorkdaySwap): CalendarDay[] {
  const makeUp = `${weekdayNameVi(swap.makeUpDay)} ${formatVietnameseDate(swap.makeUpDay)}`;
  return [
    {
      date: swap.dayOff,
      kind: 'swapped_day_off',
      name: `Nghỉ hoán đổi dịp ${swap.occasion} (làm bù ${makeUp})`,
      source: swap.source,
    },
    {
      date: swap.makeUpDay,
      kind: 'make_up_workday',
      name: `Làm bù ngày nghỉ hoán đổi ${formatVietnameseDate(swap.dayOff)} (dịp ${swap.occasion})`,
      source: swap.source,
    },
  ];
}

/** The seeded calendar rows dated in the given year (2012–2031), sorted by date. */
export function defaultCalendarForYear(year: number): CalendarDay[] {
  if (!Number.isInteger(year) || year < FIRST_SEEDED_YEAR || year > LAST_SEEDED_YEAR) {
    throw new RangeError(
      `Calendar is seeded for ${FIRST_SEEDED_YEAR}–${LAST_SEEDED_YEAR}: ${year}`,
    );
  }
  const holidays = legalHolidays(year);
  const rows: CalendarDay[] = [
    ...holidays.map((h): CalendarDay => ({ ...h, kind: 'holiday' })),
    ...compensatoryDays(holidays),
    ...WORKDAY_SWAPS.flatMap(swapRows),
  ];
  return rows
    .filter((r) => parseLocalDate(r.date).year === year)
    .map(({ date, kind, name, source }) => ({ date, kind, name, source }))
    .sort((a, b) => compareLocalDates(a.date, b.date));
}

/** Rows for every seeded year, 2012–2031. */
export function defaultCalendar(): CalendarDay[] {
  const years = LAST_SEEDED_YEAR - FIRST_SEEDED_YEAR + 1;
  return Array.from({ length: years }, (_, i) =>
    defaultCalendarForYear(FIRST_SEEDED_YEAR + i),
  ).flat();
}
