import type { MigrationInterface, QueryRunner } from 'typeorm';

/** DESIGN.md §7: an admin account holds no other role (also enforced in officers/domain). */
export class RestrictAdminRoleSet1767225609000 implements MigrationInterface {
  name = 'RestrictAdminRoleSet1767225609000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "officer" ADD CONSTRAINT "ck_officer__admin_alone"
      CHECK (NOT ('admin' = ANY("roles")) OR cardinality("roles") = 1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "officer" DROP CONSTRAINT "ck_officer__admin_alone"`);
  }
}
