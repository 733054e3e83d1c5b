import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters of the numbered books (cases, the reception book, the petition book) per agency and
 * year; src/database/record-number.ts takes the next number in the writer's transaction (gapless).
 */
export class CreateRecordCounter1767225620000 implements MigrationInterface {
  name = 'CreateRecordCounter1767225620000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "record_counter" (
      "scope" character varying(32) NOT NULL,
      "agency_id" uuid NOT NULL,
      "year" smallint NOT NULL,
      "last_value" integer NOT NULL,
      CONSTRAINT "ck_record_counter__last_value" CHECK ("last_value" >= 1),
      CONSTRAINT "pk_record_counter" PRIMARY KEY ("scope", "agency_id", "year"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "record_counter"`);
  }
}
