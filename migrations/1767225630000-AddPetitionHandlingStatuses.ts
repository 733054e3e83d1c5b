import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'received', 'checked', 'proposed_for_acceptance', 'proposed_for_resolution',
  'accepted', 'not_accepted', 'guided', 'forwarded', 'urged', 'returned', 'referred', 'filed',
  'split'`;

/**
 * The handling statuses of a petition (xử lý đơn): `proposed_for_acceptance` and `accepted` are
 * what the complaint and denunciation modules take over (PetitionsService.takeForResolution).
 */
export class AddPetitionHandlingStatuses1767225630000 implements MigrationInterface {
  name = 'AddPetitionHandlingStatuses1767225630000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "petition" DROP CONSTRAINT "ck_petition__status"`);
    await q.query(`ALTER TABLE "petition" ALTER COLUMN "status" TYPE character varying(32)`);
    await q.query(`ALTER TABLE "petition" ADD CONSTRAINT "ck_petition__status"
      CHECK ("status" IN (${STATUSES}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "petition" DROP CONSTRAINT "ck_petition__status"`);
    await q.query(`UPDATE "petition" SET "status" = 'received' WHERE "status" <> 'received'`);
    await q.query(`ALTER TABLE "petition" ALTER COLUMN "status" TYPE character varying(16)`);
    await q.query(`ALTER TABLE "petition" ADD CONSTRAINT "ck_petition__status"
      CHECK ("status" IN ('received'))`);
  }
}
