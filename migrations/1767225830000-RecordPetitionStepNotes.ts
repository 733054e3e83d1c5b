import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The note an officer types on a handling step (`note`: the check's remarks, a guidance reason, a
 * filing reason …) is kept on the step's own row, beside the competent body it names
 * (`petition_step_body`), and shown on that step by the case timeline. Until now it went only to
 * the petition's `outcome_note`, which each later step overwrote: the check's note was lost when
 * the outcome was recorded. The petition's `outcome_note` keeps the latest step's note, as before
 * (the guidance slip prints it as the reason).
 *
 * A row holds a body, a note or both. The notes written before this migration are not in any row
 * but the petition's latest (`outcome_note`): they cannot be given back to their steps. `down`
 * drops the notes (take a copy of the table first) and the rows that held only a note.
 */
export class RecordPetitionStepNotes1767225830000 implements MigrationInterface {
  name = 'RecordPetitionStepNotes1767225830000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "petition_step_body" ALTER COLUMN "body" DROP NOT NULL`);
    await q.query(`ALTER TABLE "petition_step_body" ADD "note" character varying(2000)`);
    await q.query(
      `ALTER TABLE "petition_step_body" ADD CONSTRAINT "ck_petition_step_body__text"
         CHECK ("body" IS NOT NULL OR "note" IS NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "petition_step_body" DROP CONSTRAINT "ck_petition_step_body__text"`);
    await q.query(`DELETE FROM "petition_step_body" WHERE "body" IS NULL`);
    await q.query(`ALTER TABLE "petition_step_body" DROP COLUMN "note"`);
    await q.query(`ALTER TABLE "petition_step_body" ALTER COLUMN "body" SET NOT NULL`);
  }
}
