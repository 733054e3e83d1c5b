import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A case merged into another keeps its records; the surviving case's timeline shows them. */
export class AddCaseMerge1767225633000 implements MigrationInterface {
  name = 'AddCaseMerge1767225633000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case" ADD "merged_into_id" uuid,
      ADD "merged_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE INDEX "ix_case__merged_into_id" ON "case" ("merged_into_id")`);
    await q.query(`ALTER TABLE "case" ADD CONSTRAINT "fk_case__merged_into_id"
      FOREIGN KEY ("merged_into_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case" DROP CONSTRAINT "fk_case__merged_into_id"`);
    await q.query(`DROP INDEX "ix_case__merged_into_id"`);
    await q.query(`ALTER TABLE "case" DROP COLUMN "merged_at", DROP COLUMN "merged_into_id"`);
  }
}
