import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The documents a citizen hands over at a visit, listed on the receipt (giấy biên nhận), and,
 * for a guided visit, why the matter is outside the agency's competence (phiếu hướng dẫn).
 */
export class CreateReceptionVisitDocument1767225660000 implements MigrationInterface {
  name = 'CreateReceptionVisitDocument1767225660000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "reception_visit_document" ("visit_id" uuid NOT NULL,
      "position" smallint NOT NULL, "title" character varying(500) NOT NULL, "pages" integer,
      "copies" smallint, "original" boolean, "note" character varying(500),
      CONSTRAINT "ck_reception_visit_document__copies" CHECK ("copies" IS NULL OR "copies" BETWEEN 1 AND 100),
      CONSTRAINT "ck_reception_visit_document__pages" CHECK ("pages" IS NULL OR "pages" BETWEEN 1 AND 10000),
      CONSTRAINT "pk_reception_visit_document" PRIMARY KEY ("visit_id", "position"))`);
    await q.query(`ALTER TABLE "reception_visit" ADD "guidance_reason" character varying(1000)`);
    await q.query(`ALTER TABLE "reception_visit_document"
      ADD CONSTRAINT "fk_reception_visit_document__visit_id" FOREIGN KEY ("visit_id")
      REFERENCES "reception_visit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "reception_visit_document" DROP CONSTRAINT "fk_reception_visit_document__visit_id"`,
    );
    await q.query(`ALTER TABLE "reception_visit" DROP COLUMN "guidance_reason"`);
    await q.query(`DROP TABLE "reception_visit_document"`);
  }
}
