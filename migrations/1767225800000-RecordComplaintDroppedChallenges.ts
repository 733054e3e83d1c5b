import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A complaint's challenges that ended without being decided (POST /complaints/:id/drop-challenge,
 * Luật KN Đ7, Đ33, Đ44: the round-2 complaint was not accepted, the court returned the lawsuit)
 * get a row of their own, shown by GET /complaints/:id: the challenge, the day, a lawsuit's court
 * and filing day (cleared from the proceeding when it ends), the leader and the leader's free-text
 * reason. Until now that reason went into the step's event and audit row, whose data hold codes,
 * dates and ids only (a note stays on its record, as a suspension's reason).
 *
 * Filled from the `drop_challenge` events already written: the challenge from the status left
 * (`in_court` → lawsuit, else round 2), the day and the leader of the event, the filing day and
 * the `reason` those events carried. The court was in neither the event nor the row any more:
 * null. Every such step had an actor (a leader's route); the events and the audit rows stay as
 * written (append-only; the audit rows are hash-chained). Events written since name their row
 * (`droppedChallengeId`), which keeps its id when `up` runs again after a `down`.
 *
 * `down` drops the table: the reasons typed after this migration are in no event (that is the
 * point), so a `down` loses them; take a copy of the table first.
 */
export class RecordComplaintDroppedChallenges1767225800000 implements MigrationInterface {
  name = 'RecordComplaintDroppedChallenges1767225800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "complaint_dropped_challenge" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "complaint_id" uuid NOT NULL,
      "challenge" character varying(16) NOT NULL,
      "dropped_on" date NOT NULL,
      "lawsuit_court" character varying(255),
      "lawsuit_filed_on" date,
      "reason" character varying(2000),
      "created_by" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_complaint_dropped_challenge__challenge" CHECK ("challenge" IN ('second_round', 'lawsuit')),
      CONSTRAINT "ck_complaint_dropped_challenge__lawsuit" CHECK ("challenge" = 'lawsuit' OR ("lawsuit_court" IS NULL AND "lawsuit_filed_on" IS NULL)),
      CONSTRAINT "pk_complaint_dropped_challenge" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_complaint_dropped_challenge__complaint_id__dropped_on"
      ON "complaint_dropped_challenge" ("complaint_id", "dropped_on")`);
    await q.query(`ALTER TABLE "complaint_dropped_challenge"
      ADD CONSTRAINT "fk_complaint_dropped_challenge__complaint_id"
        FOREIGN KEY ("complaint_id") REFERENCES "complaint_resolution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
      ADD CONSTRAINT "fk_complaint_dropped_challenge__created_by"
        FOREIGN KEY ("created_by") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`
      INSERT INTO "complaint_dropped_challenge"
        ("id", "complaint_id", "challenge", "dropped_on", "lawsuit_filed_on", "reason",
         "created_by", "created_at")
      SELECT CASE WHEN e."data"->>'droppedChallengeId' ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                  THEN (e."data"->>'droppedChallengeId')::uuid ELSE gen_random_uuid() END,
             e."proceeding_id",
             CASE WHEN e."from_status" = 'in_court' THEN 'lawsuit' ELSE 'second_round' END,
             e."acted_on",
             CASE WHEN e."from_status" = 'in_court'
                   AND e."data"->>'lawsuitFiledOn' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                  THEN (e."data"->>'lawsuitFiledOn')::date END,
             NULLIF(left(e."data"->>'reason', 2000), ''),
             e."actor_id",
             e."occurred_at"
        FROM "resolution_event" e
        JOIN "complaint_resolution" c ON c."id" = e."proceeding_id"
        JOIN "officer" o ON o."id" = e."actor_id"
       WHERE e."proceeding_type" = 'complaint' AND e."action" = 'drop_challenge'
       ORDER BY e."seq"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "complaint_dropped_challenge"`);
  }
}
