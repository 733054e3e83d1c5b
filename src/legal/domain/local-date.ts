// A legal date without time or time zone ('YYYY-MM-DD'). All arithmetic goes through UTC midnight
// (Date.UTC), so the host time zone never shifts a day.
export type LocalDate = string;

const PATTERN = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const WEEKDAY_NAMES_VI = [
  'Chủ nhật',
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
] as const;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

function matchParts(s: string): DateParts | null {
  const m = PATTERN.exec(s);
  if (!m) {
    return null;
  }
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** True for real calendar dates written 'YYYY-MM-DD' (years 1000–9999): '2026-02-30' is false. */
export function isValidLocalDate(s: unknown): s is LocalDate {
  if (typeof s !== 'string') {
    return false;
  }
  const p = matchParts(s);
  if (!p || p.month < 1 || p.month > 12 || p.day < 1) {
    return false;
  }
  return p.day <= daysInMonth(p.year, p.month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseLocalDate(d: LocalDate): DateParts {
  const p = isValidLocalDate(d) ? matchParts(d) : null;
  if (!p) {
    throw new RangeError(`Invalid local date: ${JSON.stringify(d)}`);
  }
  return p;
}

/** Builds a LocalDate from numbers; throws RangeError for impossible dates. */
export function localDate(year: number, month: number, day: number): LocalDate {
  const s = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  if (!isValidLocalDate(s)) {
    throw new RangeError(`Invalid date: ${year}-${month}-${day}`);
  }
  return s;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Days since 1970-01-01 (UTC). */
export function toEpochDay(d: LocalDate): number {
  const p = parseLocalDate(d);
  return Date.UTC(p.year, p.month - 1, p.day) / MS_PER_DAY;
}

export function fromEpochDay(n: number): LocalDate {
  if (!Number.isInteger(n)) {
    throw new RangeError(`Epoch day must be an integer: ${n}`);
  }
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) {
    throw new RangeError(`Number of days must be an integer: ${n}`);
  }
  return fromEpochDay(toEpochDay(d) + n);
}

/** Negative when a is before b, 0 when equal, positive when after (usable in Array.sort). */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return Math.sign(toEpochDay(a) - toEpochDay(b));
}

/** Signed number of days from a to b: daysBetween('2026-01-01', '2026-01-31') = 30. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: LocalDate): number {
  return new Date(toEpochDay(d) * MS_PER_DAY).getUTCDay();
}

/** '2026-01-20' → '20/01/2026'. */
export function formatVietnameseDate(d: LocalDate): string {
  const p = parseLocalDate(d);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/** 'Thứ Hai' … 'Thứ Bảy', 'Chủ nhật'. */
export function weekdayNameVi(d: LocalDate): string {
  return WEEKDAY_NAMES_VI[dayOfWeek(d)] ?? '';
}

export function maxLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return compareLocalDates(a, b) >= 0 ? a : b;
}
