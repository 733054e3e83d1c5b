import type { MigrationInterface, QueryRunner } from 'typeorm';

type Row = { date: string; kind: string; name: string; source: string };

const HOLIDAYS = 'Bộ luật Lao động 2019, Điều 112 khoản 1';
const IN_LIEU = 'Bộ luật Lao động 2019, Điều 111 khoản 3';
const DEFAULT_RULE = `${HOLIDAYS}; ngày liền kề theo quy tắc mặc định (nối với ngày nghỉ cuối tuần), chưa có thông báo chính thức — cần xác nhận`;

const nationalDay = (year: number): Row => ({
  date: `${year}-09-02`,
  kind: 'holiday',
  name: 'Quốc khánh (2/9)',
  source: HOLIDAYS,
});
const adjacent = (date: string, source: string): Row => ({
  date,
  kind: 'holiday',
  name: 'Quốc khánh (ngày liền kề 2/9)',
  source,
});
const inLieu = (date: string): Row => ({
  date,
  kind: 'compensatory_day_off',
  name: 'Nghỉ bù Quốc khánh',
  source: IN_LIEU,
});

/** Per year, the rows of 1/9–5/9 before (always 3/9, plain law source) and after (default rule). */
export const NATIONAL_DAY_DEFAULT_FIX: readonly {
  year: number;
  before: readonly Row[];
  after: readonly Row[];
}[] = [
  // Thu 2/9: Fri 3/9 stays; its source now says it awaits the announcement
  {
    year: 2027,
    before: [nationalDay(2027), adjacent('2027-09-03', HOLIDAYS)],
    after: [nationalDay(2027), adjacent('2027-09-03', DEFAULT_RULE)],
  },
  // Sat 2/9: Fri 1/9 + Sat 2/9, Mon 4/9 in lieu (as 2023), instead of Sat + Sun, Mon and Tue in lieu
  {
    year: 2028,
    before: [
      nationalDay(2028),
      adjacent('2028-09-03', HOLIDAYS),
      inLieu('2028-09-04'),
      inLieu('2028-09-05'),
    ],
    after: [adjacent('2028-09-01', DEFAULT_RULE), nationalDay(2028), inLieu('2028-09-04')],
  },
  // Sun 2/9: Mon 3/9 stays (1/9 is a Saturday), Tue 4/9 in lieu of Sunday
  {
    year: 2029,
    before: [nationalDay(2029), adjacent('2029-09-03', HOLIDAYS), inLieu('2029-09-04')],
    after: [nationalDay(2029), adjacent('2029-09-03', DEFAULT_RULE), inLieu('2029-09-04')],
  },
  // Mon 2/9: Tue 3/9 stays (as 2024)
  {
    year: 2030,
    before: [nationalDay(2030), adjacent('2030-09-03', HOLIDAYS)],
    after: [nationalDay(2030), adjacent('2030-09-03', DEFAULT_RULE)],
  },
  // Tue 2/9: Mon 1/9 (as 2025) instead of Wed 3/9
  {
    year: 2031,
    before: [nationalDay(2031), adjacent('2031-09-03', HOLIDAYS)],
    after: [adjacent('2031-09-01', DEFAULT_RULE), nationalDay(2031)],
  },
];

const sameRows = (a: readonly Row[], b: readonly Row[]) =>
  a.length === b.length &&
  a.every(
    (r, i) =>
      r.date === b[i]?.date &&
      r.kind === b[i]?.kind &&
      r.name === b[i]?.name &&
      r.source === b[i]?.source,
  );

/** Replaces the rows of 1/9–5/9 of `year` by `next` only if they are exactly `expected`. */
async function replaceIfUnchanged(
  queryRunner: QueryRunner,
  year: number,
  expected: readonly Row[],
  next: readonly Row[],
): Promise<void> {
  const window = [`${year}-09-01`, `${year}-09-05`];
  const rows = (await queryRunner.query(
    `SELECT "date"::text AS "date", "kind", "name", "source" FROM "calendar_day"
      WHERE "date" BETWEEN $1 AND $2 ORDER BY "date"`,
    window,
  )) as Row[];
  if (!sameRows(rows, expected)) return;
  await queryRunner.query('DELETE FROM "calendar_day" WHERE "date" BETWEEN $1 AND $2', window);
  for (const r of next) {
    await queryRunner.query(
      'INSERT INTO "calendar_day" ("date", "kind", "name", "source") VALUES ($1, $2, $3, $4)',
      [r.date, r.kind, r.name, r.source],
    );
  }
}

/**
 * Quốc khánh 2027–2031, years without an announcement: the second day is the adjacent day that
 * joins the weekend (src/legal/domain/national-day-default.ts; BLLĐ 2019 Điều 112 khoản 1 điểm đ,
 * khoản 3), no longer always 3/9, and its source says it is a default awaiting the official notice.
 * SeedCalendarDay1767225608000 inserted the old rows; each year's rows of 1/9–5/9 are replaced only
 * while they are exactly those (an admin's edit through PUT /legal/calendar/{year} is kept; a
 * fresh install already has the new rows, and `down` turns them back). Stored due dates of
 * proceedings are not recomputed here (docs/legal.md).
 */
export class CorrectNationalDayDefaultDays1767225709000 implements MigrationInterface {
  name = 'CorrectNationalDayDefaultDays1767225709000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const fix of NATIONAL_DAY_DEFAULT_FIX) {
      await replaceIfUnchanged(queryRunner, fix.year, fix.before, fix.after);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fix of NATIONAL_DAY_DEFAULT_FIX) {
      await replaceIfUnchanged(queryRunner, fix.year, fix.after, fix.before);
    }
  }
}
