/**
 * The human number of a case (vụ việc), unique per agency and year: `VV-2026-00012`, the 12th case
 * the agency opened in 2026. Numbers come gapless from the `case` book (database/record-number.ts).
 */
export function formatCaseCode(year: number, serial: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Invalid year: ${year}`);
  }
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`Invalid serial: ${serial}`);
  return `VV-${year}-${String(serial).padStart(5, '0')}`;
}

/** The year of a local date `YYYY-MM-DD`. */
export function yearOfLocalDate(date: string): number {
  const year = Number(date.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !Number.isInteger(year)) {
    throw new RangeError(`Invalid local date: ${date}`);
  }
  return year;
}
