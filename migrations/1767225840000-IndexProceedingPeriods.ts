import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statistics of a period read the proceedings "in competence" (accepted by its end and not
 * resolved before its start) and the decisions "to implement" (effective by its end and not
 * completed before its start). Both used to scan every proceeding or decision ever accepted or
 * effective and drop those resolved or completed before the period: over 10 years of a nation's
 * data (DESIGN §10 P6), most of what a one-year report read was history it then threw away.
 *
 * Now each reads two disjoint index ranges (figure-sources.ts): the ones still open (partial
 * indexes on what is open), and the ones resolved or completed since the period's start.
 *
 * - `resolved_on` on complaint_resolution and denunciation_resolution: the day the vụ việc was
 *   resolved (Product decision 3), the termination day (withdrawal or other đình chỉ), else the
 *   day of the decision on the complaint (round 1 or 2) or of the conclusion; null while open.
 *   Kept by a trigger from the columns it follows (a complaint's from its decision's row, whose
 *   issue day never changes), so no writer can forget it.
 * - enforcement_decision: its "done" day is GREATEST(completed_on, legal_effect_on)
 *   (enforcement-period.ts); indexed as an expression.
 */
const COMPLAINT_KINDS = `('complaint_first_round', 'complaint_second_round')`;

const COMPLAINT_FUNCTION = `CREATE FUNCTION complaint_resolution_resolved_on() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.resolved_on := COALESCE(NEW.terminated_on,
    (SELECT d.issued_on FROM decision d
      WHERE d.id = NEW.decision_id AND d.kind IN ${COMPLAINT_KINDS}));
  RETURN NEW;
END $$`;

const DENUNCIATION_FUNCTION = `CREATE FUNCTION denunciation_resolution_resolved_on() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.resolved_on := COALESCE(NEW.terminated_on, NEW.concluded_on);
  RETURN NEW;
END $$`;

const INDEXES = [
  `CREATE INDEX "ix_complaint_resolution__agency_id__resolved_on"
     ON "complaint_resolution" ("agency_id", "resolved_on")`,
  `CREATE INDEX "ix_complaint_resolution__agency_id__accepted_on__open"
     ON "complaint_resolution" ("agency_id", "accepted_on") WHERE "resolved_on" IS NULL`,
  `CREATE INDEX "ix_denunciation_resolution__agency_id__resolved_on"
     ON "denunciation_resolution" ("agency_id", "resolved_on")`,
  `CREATE INDEX "ix_denunciation_resolution__agency_id__accepted_on__open"
     ON "denunciation_resolution" ("agency_id", "accepted_on") WHERE "resolved_on" IS NULL`,
  `CREATE INDEX "ix_enforcement_decision__agency_id__legal_effect_on__open"
     ON "enforcement_decision" ("agency_id", "legal_effect_on") WHERE "completed_on" IS NULL`,
  `CREATE INDEX "ix_enforcement_decision__agency_id__done_on"
     ON "enforcement_decision" ("agency_id", (GREATEST("completed_on", "legal_effect_on")))
     WHERE "completed_on" IS NOT NULL`,
];

export class IndexProceedingPeriods1767225840000 implements MigrationInterface {
  name = 'IndexProceedingPeriods1767225840000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "complaint_resolution" ADD "resolved_on" date`);
    await q.query(`ALTER TABLE "denunciation_resolution" ADD "resolved_on" date`);
    await q.query(
      `UPDATE "complaint_resolution" SET "resolved_on" = "terminated_on"
        WHERE "terminated_on" IS NOT NULL`,
    );
    await q.query(
      `UPDATE "complaint_resolution" c SET "resolved_on" = d."issued_on" FROM "decision" d
        WHERE d."id" = c."decision_id" AND c."terminated_on" IS NULL AND d."kind" IN ${COMPLAINT_KINDS}`,
    );
    await q.query(
      `UPDATE "denunciation_resolution" SET "resolved_on" = COALESCE("terminated_on", "concluded_on")
        WHERE "terminated_on" IS NOT NULL OR "concluded_on" IS NOT NULL`,
    );
    await q.query(COMPLAINT_FUNCTION);
    await q.query(DENUNCIATION_FUNCTION);
    await q.query(
      `CREATE TRIGGER "tr_complaint_resolution__resolved_on"
         BEFORE INSERT OR UPDATE OF terminated_on, decision_id, resolved_on ON "complaint_resolution"
         FOR EACH ROW EXECUTE FUNCTION complaint_resolution_resolved_on()`,
    );
    await q.query(
      `CREATE TRIGGER "tr_denunciation_resolution__resolved_on"
         BEFORE INSERT OR UPDATE OF terminated_on, concluded_on, resolved_on ON "denunciation_resolution"
         FOR EACH ROW EXECUTE FUNCTION denunciation_resolution_resolved_on()`,
    );
    for (const sql of INDEXES) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of INDEXES) {
      await q.query(`DROP INDEX ${/INDEX ("[^"]+")/.exec(sql)![1]}`);
    }
    await q.query(
      `DROP TRIGGER "tr_denunciation_resolution__resolved_on" ON "denunciation_resolution"`,
    );
    await q.query(`DROP TRIGGER "tr_complaint_resolution__resolved_on" ON "complaint_resolution"`);
    await q.query(`DROP FUNCTION denunciation_resolution_resolved_on()`);
    await q.query(`DROP FUNCTION complaint_resolution_resolved_on()`);
    await q.query(`ALTER TABLE "denunciation_resolution" DROP COLUMN "resolved_on"`);
    await q.query(`ALTER TABLE "complaint_resolution" DROP COLUMN "resolved_on"`);
  }
}
