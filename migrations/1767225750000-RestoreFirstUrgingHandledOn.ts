import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Before this release a repeated urging (đôn đốc) of a petition overwrote `handled_on` with the day
 * of the latest letter, moving an already handled petition into a later statistics period (forms
 * 01–04/XLD and the summary count a petition as handled in the period of `handled_on`; TT
 * 05/2021/TT-TTCP: a petition is handled once). A petition urged more than once gets back the day
 * of its first urging, read from the audit trail: one `petition.urge` row per urging, stamped by
 * the service's clock in the step's transaction (the history rows carry the database's time, the
 * audit rows the application's, which is the one `handled_on` was taken from). Petitions urged once,
 * or whose `handled_on` is already that day, are not touched. The later letters stay as they were
 * (their numbers, dates and history rows).
 *
 * Not reversible: the later days were the defect. `down` leaves the rows as they are.
 */
export class RestoreFirstUrgingHandledOn1767225750000 implements MigrationInterface {
  name = 'RestoreFirstUrgingHandledOn1767225750000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE "petition" p
         SET "handled_on" = f.first_on, "version" = p."version" + 1
        FROM (SELECT u."id", (min(a."occurred_at") AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS first_on
                FROM "petition" u
                JOIN "audit_event" a
                  ON a."entity_type" = 'petition' AND a."entity_id" = u."id"::text
                 AND a."action" = 'petition.urge'
               WHERE u."outcome" = 'urge'
               GROUP BY u."id"
              HAVING count(*) > 1) f
       WHERE p."id" = f."id" AND p."handled_on" > f.first_on`);
  }

  async down(): Promise<void> {
    // The days this migration restored were the petitions' handling days: nothing to undo.
  }
}
