import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Cases (vụ việc) and the persons who raise them (case candidates are found by person_id). */
export class CreateCase1767225620100 implements MigrationInterface {
  name = 'CreateCase1767225620100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "case" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agency_id" uuid NOT NULL,
      "code" character varying(32) NOT NULL,
      "opened_on" date NOT NULL,
      "content_type" character varying(16) NOT NULL,
      "field" character varying(32) NOT NULL,
      "summary" character varying(2000) NOT NULL,
      "respondent" character varying(500),
      "is_confidential" boolean NOT NULL DEFAULT false,
      "created_by" uuid NOT NULL,
      "version" integer NOT NULL DEFAULT '1',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_case__field" CHECK ("field" IN ('admin_policy', 'admin_land_housing',
        'admin_civil_service', 'admin_other', 'corruption', 'judicial', 'party_mass_org', 'other')),
      CONSTRAINT "ck_case__content_type"
        CHECK ("content_type" IN ('complaint', 'denunciation', 'petition', 'feedback', 'mixed')),
      CONSTRAINT "pk_case" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_case__agency_id__code" ON "case" ("agency_id", "code")`);
    await q.query(
      `CREATE INDEX "ix_case__agency_id__opened_on" ON "case" ("agency_id", "opened_on")`,
    );
    await q.query(`CREATE TABLE "case_person" (
      "case_id" uuid NOT NULL,
      "person_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_case_person" PRIMARY KEY ("case_id", "person_id"))`);
    await q.query(`CREATE INDEX "ix_case_person__person_id" ON "case_person" ("person_id")`);
    await q.query(`ALTER TABLE "case" ADD CONSTRAINT "fk_case__agency_id" FOREIGN KEY ("agency_id")
      REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "case" ADD CONSTRAINT "fk_case__created_by" FOREIGN KEY ("created_by")
      REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "case_person" ADD CONSTRAINT "fk_case_person__case_id"
      FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "case_person" ADD CONSTRAINT "fk_case_person__person_id"
      FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_person" DROP CONSTRAINT "fk_case_person__person_id"`);
    await q.query(`ALTER TABLE "case_person" DROP CONSTRAINT "fk_case_person__case_id"`);
    await q.query(`ALTER TABLE "case" DROP CONSTRAINT "fk_case__created_by"`);
    await q.query(`ALTER TABLE "case" DROP CONSTRAINT "fk_case__agency_id"`);
    await q.query(`DROP TABLE "case_person"`);
    await q.query(`DROP TABLE "case"`);
  }
}
