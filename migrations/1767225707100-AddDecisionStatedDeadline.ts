import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An issued document prints what was true on its issue date: the deadline it states (or was
 * judged against) keeps its explanation, the acceptance decision of a denunciation its D13 date
 * and a complaint decision the D9 date it states, so that a suspension, an extension, a flag or a calendar edit made later moves the
 * proceeding's current deadline but never a document already issued.
 */
export class AddDecisionStatedDeadline1767225707100 implements MigrationInterface {
  name = 'AddDecisionStatedDeadline1767225707100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "decision" ADD "due_explanation" jsonb`);
    await q.query(`ALTER TABLE "decision" ADD "notice_due_on" date`);
    await q.query(`ALTER TABLE "decision" ADD "stated_legal_effect_on" date`);
    // Complaint decisions already issued: D9 as stated is in their `decide` event
    await q.query(`UPDATE "decision" d SET "stated_legal_effect_on" = (e."data"->>'legalEffectOn')::date
      FROM "resolution_event" e
     WHERE e."proceeding_id" = d."proceeding_id" AND e."action" = 'decide'
       AND e."data"->>'decisionNo' = d."number_symbol"
       AND d."kind" IN ('complaint_first_round', 'complaint_second_round')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "decision" DROP COLUMN "stated_legal_effect_on"`);
    await q.query(`ALTER TABLE "decision" DROP COLUMN "notice_due_on"`);
    await q.query(`ALTER TABLE "decision" DROP COLUMN "due_explanation"`);
  }
}
