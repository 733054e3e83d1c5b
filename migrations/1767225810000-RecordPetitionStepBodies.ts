import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The competent body a petition's handling step names (`guide`, `forward`, `urge`, `refer_*`,
 * `return_misrouted`: free text the officer typed) gets a row of its own beside the step's history
 * row, shown on that step by the case timeline (GET /petitions/:id, GET /cases/:id/timeline). Until
 * now it went into the step's `petition_event.data` and audit row (`body`), whose data hold codes,
 * dates and ids only: they are append-only (the audit rows hash-chained) and could never be
 * corrected or erased if the text named a person. The petition's `outcome_body` keeps the latest
 * body, as before (its documents print it).
 *
 * Filled from the history rows already written that carry a `body` (cut to the column's 500
 * characters, as the request allowed). The events and the audit rows stay as written
 * (append-only; the audit rows are hash-chained). `down` drops the table: the bodies typed after
 * this migration are in no event (that is the point) but each petition's latest is still in
 * `petition.outcome_body`; the earlier letters' of a petition urged again are lost — take a copy
 * of the table first.
 */
export class RecordPetitionStepBodies1767225810000 implements MigrationInterface {
  name = 'RecordPetitionStepBodies1767225810000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "petition_step_body" (
      "event_id" uuid NOT NULL,
      "petition_id" uuid NOT NULL,
      "body" character varying(500) NOT NULL,
      CONSTRAINT "pk_petition_step_body" PRIMARY KEY ("event_id"))`);
    await q.query(
      `CREATE INDEX "ix_petition_step_body__petition_id" ON "petition_step_body" ("petition_id")`,
    );
    await q.query(`ALTER TABLE "petition_step_body"
      ADD CONSTRAINT "fk_petition_step_body__event_id" FOREIGN KEY ("event_id")
        REFERENCES "petition_event"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
      ADD CONSTRAINT "fk_petition_step_body__petition_id" FOREIGN KEY ("petition_id")
        REFERENCES "petition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`
      INSERT INTO "petition_step_body" ("event_id", "petition_id", "body")
      SELECT e."id", e."petition_id", left(e."data"->>'body', 500)
        FROM "petition_event" e
       WHERE jsonb_typeof(e."data"->'body') = 'string' AND e."data"->>'body' <> ''`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "petition_step_body"`);
  }
}
