import type { MigrationInterface, QueryRunner } from 'typeorm';

type Row = { date: string; kind: string; name: string; source: string };

const CODE = 'Bộ luật Lao động 2012, Điều 115';
const DECISION =
  'Văn bản 9794/VPCP-KGVX ngày 14/11/2016 (Thủ tướng Chính phủ đồng ý lịch nghỉ Tết Âm lịch 2017)';
const TET = 'Tết Nguyên đán';
const holiday = (date: string, day: string, source: string): Row => ({
  date,
  kind: 'holiday',
  name: `${TET} (${day})`,
  source,
});
const compensatory = (date: string): Row => ({
  date,
  kind: 'compensatory_day_off',
  name: `Nghỉ bù ${TET}`,
  source: `${CODE} khoản 3`,
});

/** The days 26/1–2/2/2017 this migration looks at. */
const WINDOW = ['2017-01-26', '2017-02-02'] as const;

/** What SeedCalendarDay1767225608000 inserted before the 2017 decision was known (law's default). */
export const TET_2017_DEFAULT: readonly Row[] = [
  holiday('2017-01-27', '30 tháng Chạp', `${CODE} khoản 1`),
  holiday('2017-01-28', 'mùng 1', `${CODE} khoản 1`),
  holiday('2017-01-29', 'mùng 2', `${CODE} khoản 1`),
  holiday('2017-01-30', 'mùng 3', `${CODE} khoản 1`),
  holiday('2017-01-31', 'mùng 4', `${CODE} khoản 1`),
  compensatory('2017-02-01'),
  compensatory('2017-02-02'),
];

/** The official 2017 Tết (defaultCalendarForYear(2017) since TET_DECISIONS has 2017): off 26/1–1/2. */
export const TET_2017_OFFICIAL: readonly Row[] = [
  holiday('2017-01-26', '29 tháng Chạp', `${CODE} khoản 1; ${DECISION}`),
  holiday('2017-01-27', '30 tháng Chạp', `${CODE} khoản 1; ${DECISION}`),
  holiday('2017-01-28', 'mùng 1', `${CODE} khoản 1; ${DECISION}`),
  holiday('2017-01-29', 'mùng 2', `${CODE} khoản 1; ${DECISION}`),
  holiday('2017-01-30', 'mùng 3', `${CODE} khoản 1; ${DECISION}`),
  compensatory('2017-01-31'),
  compensatory('2017-02-01'),
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

/** Replaces the rows of WINDOW by `next` only if they are exactly `expected`; true if it did. */
async function replaceIfUnchanged(
  queryRunner: QueryRunner,
  expected: readonly Row[],
  next: readonly Row[],
): Promise<boolean> {
  const rows = (await queryRunner.query(
    `SELECT "date"::text AS "date", "kind", "name", "source" FROM "calendar_day"
      WHERE "date" BETWEEN $1 AND $2 ORDER BY "date"`,
    [...WINDOW],
  )) as Row[];
  if (!sameRows(rows, expected)) return false;
  await queryRunner.query('DELETE FROM "calendar_day" WHERE "date" BETWEEN $1 AND $2', [...WINDOW]);
  for (const r of next) {
    await queryRunner.query(
      'INSERT INTO "calendar_day" ("date", "kind", "name", "source") VALUES ($1, $2, $3, $4)',
      [r.date, r.kind, r.name, r.source],
    );
  }
  return true;
}

/**
 * Tết Đinh Dậu (2017) for civil servants was 26/1–1/2/2017, 29 tháng Chạp to mùng 5 (Văn bản
 * 9794/VPCP-KGVX of 14/11/2016), not the law's default 27/1–2/2 that SeedCalendarDay1767225608000
 * inserted. Databases seeded before the 2017 entry of TET_DECISIONS get the official rows; they
 * are replaced only while they are exactly the old default (an admin's edit through
 * PUT /legal/calendar/2017 is kept; a fresh install already has the official rows, and `down`
 * turns them back into the default). Stored due dates of proceedings are not recomputed here
 * (docs/legal.md).
 */
export class CorrectTetDinhDauCalendarDays1767225694000 implements MigrationInterface {
  name = 'CorrectTetDinhDauCalendarDays1767225694000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await replaceIfUnchanged(queryRunner, TET_2017_DEFAULT, TET_2017_OFFICIAL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await replaceIfUnchanged(queryRunner, TET_2017_OFFICIAL, TET_2017_DEFAULT);
  }
}
