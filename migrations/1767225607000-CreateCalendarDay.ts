import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Holidays, days off and make-up working days (DOMAIN §10.2); the date is the primary key. */
export class CreateCalendarDay1767225607000 implements MigrationInterface {
  name = 'CreateCalendarDay1767225607000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "calendar_day" (
        "date" date NOT NULL,
        "kind" character varying(32) NOT NULL,
        "name" character varying(200) NOT NULL,
        "source" character varying(300) NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_calendar_day__kind" CHECK ("kind" IN ('holiday', 'compensatory_day_off', 'swapped_day_off', 'make_up_workday')),
        CONSTRAINT "pk_calendar_day" PRIMARY KEY ("date")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "calendar_day"');
  }
}
