import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `petition_event.occurred_at` had the database's `now()` as default, and every writer relied on
 * it, while the audit row of the same step and the resolution events (`resolution_event`, no
 * default) take the application's `Clock`: the case timeline disagreed with the audit trail and
 * with the resolution timeline (in tests with a fixed clock it showed real dates; in production a
 * clock skew between the application and the database ordered events inconsistently). Every writer
 * now passes the time; without a default a writer that forgets is refused (NOT NULL) instead of
 * silently taking the database's time. Rows written before keep their time (nothing to recover it
 * from but the audit trail, which differs only by that skew).
 *
 * Steps of one instant (one transaction; a fixed clock in tests and the demo seed) are ordered by
 * `seq`, an identity as `resolution_event.seq`: existing rows are numbered in their physical order
 * (the table is rewritten once), later ones as they are inserted.
 */
export class StampPetitionEventsByClock1767225790000 implements MigrationInterface {
  name = 'StampPetitionEventsByClock1767225790000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "petition_event" ALTER COLUMN "occurred_at" DROP DEFAULT`);
    await q.query(
      `ALTER TABLE "petition_event" ADD "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "petition_event" DROP COLUMN "seq"`);
    await q.query(`ALTER TABLE "petition_event" ALTER COLUMN "occurred_at" SET DEFAULT now()`);
  }
}
