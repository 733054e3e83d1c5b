import { addDays, dayOfWeek, type LocalDate, localDate } from './local-date';

// Quốc khánh from 2021: 2/9 and one adjacent day, 1/9 or 3/9 (Bộ luật Lao động 2019, Điều 112
// khoản 1 điểm đ); the Prime Minister chooses it each year for civil servants (khoản 3). Until the
// announcement is seeded or entered, the calendar uses this default: the adjacent day that is a
// working day and joins the weekend, as the government chose 2021–2025. A weekend day would only
// move to a day in lieu (Điều 111 khoản 3), so the neighbour that is a weekday is taken.
//   2/9 on    adjacent day  break, weekend included         precedent
//   Sunday    Mon 3/9       Sat 1/9–Tue 4/9 (Tue in lieu)    none yet; 1/9 is a Saturday
//   Monday    Tue 3/9       Sat 31/8–Tue 3/9                 2024 (Văn bản 8662/VPCP-KGVX)
//   Tuesday   Mon 1/9       Sat 30/8–Tue 2/9                 2025
//   Wednesday Tue 1/9       Tue 1/9–Wed 2/9                  2026 (+ a swap: Mon 31/8 off)
//   Thursday  Fri 3/9       Thu 2/9–Sun 5/9                  2021
//   Friday    Thu 1/9       Thu 1/9–Sun 4/9                  2022; 3/9 is a Saturday
//   Saturday  Fri 1/9       Fri 1/9–Mon 4/9 (Mon in lieu)    2023; 3/9 is a Sunday
// Wednesday joins no weekend either way: the only one so far (2026) took 1/9 together with a swap
// of Mon 31/8 for Sat 22/8; the default follows its choice of day but invents no swap.

/** Days from 2/9 to its default adjacent day, by the weekday of 2/9 (0 = Sunday). */
const OFFSET_BY_WEEKDAY: readonly (-1 | 1)[] = [1, 1, -1, -1, 1, -1, -1];

/** The default second Quốc khánh day of `year` when no announcement says which one it is. */
export function defaultNationalDayExtraDay(year: number): LocalDate {
  const nationalDay = localDate(year, 9, 2);
  return addDays(nationalDay, OFFSET_BY_WEEKDAY[dayOfWeek(nationalDay)] ?? 1);
}

/**
 * Added to the `source` of a row chosen by the default rule rather than by an announcement, so an
 * administrator sees that it waits for the official notice (PUT /legal/calendar/{year}).
 */
export const DEFAULT_RULE_SOURCE_NOTE =
  'ngày liền kề theo quy tắc mặc định (nối với ngày nghỉ cuối tuần), chưa có thông báo chính thức — cần xác nhận';
