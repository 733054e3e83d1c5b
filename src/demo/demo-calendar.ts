// Dates of the scenario: local dates as YYYY-MM-DD, working days Monday–Friday minus the 2017
// public holidays (Tết 26/1–1/2, Giỗ Tổ 6/4, 1/5–2/5, Quốc khánh 4/9; BLLĐ 2012 Điều 115).

const HOLIDAYS = new Set([
  '2016-09-02',
  '2017-01-02',
  '2017-01-26',
  '2017-01-27',
  '2017-01-30',
  '2017-01-31',
  '2017-02-01',
  '2017-04-06',
  '2017-05-01',
  '2017-05-02',
  '2017-09-04',
]);

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(date);
}

/** The working days in [first, last]. */
export function workingDays(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) if (isWorkingDay(d)) days.push(d);
  return days;
}

/** The first working day on or after `date`, but never after `last` (then the last one before). */
export function workingDayNear(date: string, last: string): string {
  let d = date > last ? last : date;
  while (!isWorkingDay(d) && d < last) d = addDays(d, 1);
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}
