import type { MigrationInterface, QueryRunner } from 'typeorm';

import {
  defaultCalendar,
  FIRST_SEEDED_YEAR,
  LAST_SEEDED_YEAR,
} from '../src/legal/domain/holiday-calendar';

/** Rows per INSERT (4 parameters each). */
const CHUNK = 500;

/** `($1, $2, $3, $4), ($5, …)` for `rows` rows of `width` parameters. */
function placeholders(rows: number, width: number): string {
  return Array.from({ length: rows }, (_, r) => {
    const cells = Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`);
    return `(${cells.join(', ')})`;
  }).join(', ');
}

/**
 * The default civil-service calendar 2012–2031 (DOMAIN §10.2): Labour Code holidays (Tết and Giỗ Tổ
 * from the lunar calendar), compensatory days and the official announcements listed in
 * src/legal/domain/official-announcements.ts. defaultCalendar() is a pure function of constant
 * data, so every install gets the same rows; holiday-calendar.seed.spec.ts pins its fingerprint.
 * Later years and corrections come from PUT /legal/calendar/{year} or a new migration.
 */
export class SeedCalendarDay1767225608000 implements MigrationInterface {
  name = 'SeedCalendarDay1767225608000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows = defaultCalendar();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await queryRunner.query(
        `INSERT INTO "calendar_day" ("date", "kind", "name", "source")
         VALUES ${placeholders(chunk.length, 4)}`,
        chunk.flatMap((d) => [d.date, d.kind, d.name, d.source]),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM "calendar_day" WHERE "date" BETWEEN $1 AND $2', [
      `${FIRST_SEEDED_YEAR}-01-01`,
      `${LAST_SEEDED_YEAR}-12-31`,
    ]);
  }
}
