/**
 * Dates and numbers as NĐ 30/2020/NĐ-CP (Phụ lục I) writes them on administrative documents.
 * Input dates are local legal dates 'YYYY-MM-DD' (no time zone); nothing here reads a clock.
 */
export interface LocalDateParts {
  year: number;
  month: number;
  day: number;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses 'YYYY-MM-DD' and refuses dates that do not exist ('2026-02-30'). */
export function parseLocalDate(localDate: string): LocalDateParts {
  const match = LOCAL_DATE.exec(localDate);
  const parts = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = parts && new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  if (
    !parts ||
    !check ||
    check.getUTCFullYear() !== parts.year ||
    check.getUTCMonth() !== parts.month - 1 ||
    check.getUTCDate() !== parts.day
  ) {
    throw new RangeError(`Not a local date YYYY-MM-DD: "${localDate}"`);
  }
  return parts;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** NĐ 30/2020: day below 10 and months 1–2 take a leading zero; months 3–12 do not. */
function dayMonthYear(localDate: string): { day: string; month: string; year: string } {
  const { year, month, day } = parseLocalDate(localDate);
  return { day: pad2(day), month: month <= 2 ? pad2(month) : String(month), year: String(year) };
}

/** "ngày 05 tháng 01 năm 2026" — for dates inside a sentence. */
export function formatLongDate(localDate: string): string {
  const { day, month, year } = dayMonthYear(localDate);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** The place-and-date line: ("Hà Nội", "2026-01-05") → "Hà Nội, ngày 05 tháng 01 năm 2026". */
export function formatAdministrativeDate(place: string, localDate: string): string {
  const trimmed = place.trim();
  if (trimmed === '') {
    throw new RangeError('The place of the date line is empty');
  }
  return `${trimmed}, ${formatLongDate(localDate)}`;
}

/** "05/01/2026" — for table cells. */
export function formatShortDate(localDate: string): string {
  const { year, month, day } = parseLocalDate(localDate);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** "09:30" → "09 giờ 30 phút". */
export function formatClockTime(time: string): string {
  const match = CLOCK_TIME.exec(time);
  if (!match) {
    throw new RangeError(`Not a time HH:mm: "${time}"`);
  }
  return `${match[1]} giờ ${match[2]} phút`;
}

/**
 * The number-and-symbol line: (12, "TB-TTTP") → "Số: 12/TB-TTTP"; numbers below 10 take a leading
 * zero (5 → "05"). Without a number (not yet registered) the place of the number is left blank.
 */
export function formatDocumentNumber(sequence: number | undefined, symbol: string): string {
  if (sequence === undefined) {
    return `Số:        /${symbol}`;
  }
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError(`A document number is a positive integer, got ${sequence}`);
  }
  return `Số: ${pad2(sequence)}/${symbol}`;
}
