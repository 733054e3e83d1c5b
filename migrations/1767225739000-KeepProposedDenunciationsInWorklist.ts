import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `"status" IN ('received', 'checked')`;
const AWAITING = `"status" = 'proposed_for_acceptance' AND "type" = 'denunciation'`;
/** src/petitions/petition-worklist.sql.ts: IN_WORKLIST_SQL and CURRENT_DUE_SQL, unqualified. */
const IN_WORKLIST = `(${OPEN} OR (${AWAITING}))`;
const DUE = `(CASE WHEN ${AWAITING} THEN COALESCE("check_due_on", "due_on") ELSE "due_on" END)`;

const INDEXES = ['agency_id', 'handler_id'];

/**
 * A denunciation proposed for acceptance stays in the petition worklists on its D11 date until
 * the denunciation module accepts it (Luật Tố cáo 2018 Điều 24(1), Điều 29): the worklist indexes
 * cover it and order by the current due date instead of the open petitions' due_on only.
 */
export class KeepProposedDenunciationsInWorklist1767225739000 implements MigrationInterface {
  name = 'KeepProposedDenunciationsInWorklist1767225739000';

  async up(q: QueryRunner): Promise<void> {
    for (const column of INDEXES) {
      await q.query(`DROP INDEX "ix_petition__${column}__due_on"`);
      await q.query(
        `CREATE INDEX "ix_petition__${column}__due_on" ON "petition" ("${column}", ${DUE})
          WHERE ${IN_WORKLIST}`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const column of INDEXES) {
      await q.query(`DROP INDEX "ix_petition__${column}__due_on"`);
      await q.query(
        `CREATE INDEX "ix_petition__${column}__due_on" ON "petition" ("${column}", "due_on")
          WHERE ${OPEN}`,
      );
    }
  }
}
