import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Petitions (đơn) with the fields reception knows; the petitions issue adds handling. visit_id has
 * no foreign key: the visit belongs to reception, which points back with reception_visit.petition_id.
 */
export class CreatePetition1767225620200 implements MigrationInterface {
  name = 'CreatePetition1767225620200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "petition" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agency_id" uuid NOT NULL,
      "book_year" smallint NOT NULL,
      "book_no" integer NOT NULL,
      "received_on" date NOT NULL,
      "source" character varying(32) NOT NULL,
      "type" character varying(16) NOT NULL,
      "field" character varying(32) NOT NULL,
      "summary" character varying(2000) NOT NULL,
      "case_id" uuid NOT NULL,
      "visit_id" uuid,
      "is_anonymous" boolean NOT NULL DEFAULT false,
      "handling_due_on" date NOT NULL,
      "handling_rule_key" character varying(8) NOT NULL,
      "handling_rule_version" integer NOT NULL,
      "status" character varying(16) NOT NULL DEFAULT 'received',
      "created_by" uuid NOT NULL,
      "version" integer NOT NULL DEFAULT '1',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_petition__book_no" CHECK ("book_no" >= 1),
      CONSTRAINT "ck_petition__status" CHECK ("status" IN ('received')),
      CONSTRAINT "ck_petition__field" CHECK ("field" IN ('admin_policy', 'admin_land_housing',
        'admin_civil_service', 'admin_other', 'corruption', 'judicial', 'party_mass_org', 'other')),
      CONSTRAINT "ck_petition__type"
        CHECK ("type" IN ('complaint', 'denunciation', 'petition', 'feedback', 'mixed')),
      CONSTRAINT "ck_petition__source" CHECK ("source" IN ('direct', 'post', 'leader_assigned',
        'press', 'forwarded_by_agency', 'national_assembly_deputy', 'peoples_council',
        'fatherland_front', 'central', 'online', 'other')),
      CONSTRAINT "pk_petition" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_petition__agency_id__book_year__book_no"
      ON "petition" ("agency_id", "book_year", "book_no")`);
    await q.query(`CREATE INDEX "ix_petition__agency_id__received_on"
      ON "petition" ("agency_id", "received_on")`);
    await q.query(`CREATE INDEX "ix_petition__case_id" ON "petition" ("case_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_petition__visit_id" ON "petition" ("visit_id")`);
    await q.query(`CREATE INDEX "ix_petition__handling_due_on" ON "petition" ("handling_due_on")`);
    await q.query(`ALTER TABLE "petition" ADD CONSTRAINT "fk_petition__agency_id"
      FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "petition" ADD CONSTRAINT "fk_petition__case_id"
      FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "petition" ADD CONSTRAINT "fk_petition__created_by"
      FOREIGN KEY ("created_by") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "petition" DROP CONSTRAINT "fk_petition__created_by"`);
    await q.query(`ALTER TABLE "petition" DROP CONSTRAINT "fk_petition__case_id"`);
    await q.query(`ALTER TABLE "petition" DROP CONSTRAINT "fk_petition__agency_id"`);
    await q.query(`DROP TABLE "petition"`);
  }
}
