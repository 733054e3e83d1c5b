import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's part in another module's record (visit, petition …): its agency and officer decide
 * who may read the identity. The unique index also serves look-ups by (record_type, record_id).
 */
export class CreatePersonRecordLink1767225610100 implements MigrationInterface {
  name = 'CreatePersonRecordLink1767225610100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "person_record_link" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "person_id" uuid NOT NULL,
      "record_type" character varying(32) NOT NULL,
      "record_id" uuid NOT NULL,
      "agency_id" uuid NOT NULL,
      "officer_id" uuid,
      "role" character varying(32) NOT NULL,
      "is_confidential" boolean NOT NULL DEFAULT false,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_person_record_link__is_confidential" CHECK ("role" <> 'denouncer' OR "is_confidential"),
      CONSTRAINT "ck_person_record_link__role"
        CHECK ("role" IN ('visitor', 'representative', 'member', 'petitioner', 'denouncer')),
      CONSTRAINT "ck_person_record_link__record_type"
        CHECK ("record_type" IN ('visit', 'petition', 'case', 'complaint', 'denunciation')),
      CONSTRAINT "pk_person_record_link" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE INDEX "ix_person_record_link__person_id" ON "person_record_link" ("person_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_person_record_link__officer_id" ON "person_record_link" ("officer_id")`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_person_record_link__record_type__record_id__person_id__role"
      ON "person_record_link" ("record_type", "record_id", "person_id", "role")`);
    await q.query(`ALTER TABLE "person_record_link" ADD CONSTRAINT "fk_person_record_link__person_id"
      FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "person_record_link" ADD CONSTRAINT "fk_person_record_link__agency_id"
      FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "person_record_link" ADD CONSTRAINT "fk_person_record_link__officer_id"
      FOREIGN KEY ("officer_id") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "person_record_link" DROP CONSTRAINT "fk_person_record_link__officer_id"`,
    );
    await q.query(
      `ALTER TABLE "person_record_link" DROP CONSTRAINT "fk_person_record_link__agency_id"`,
    );
    await q.query(
      `ALTER TABLE "person_record_link" DROP CONSTRAINT "fk_person_record_link__person_id"`,
    );
    await q.query(`DROP INDEX "uq_person_record_link__record_type__record_id__person_id__role"`);
    await q.query(`DROP INDEX "ix_person_record_link__officer_id"`);
    await q.query(`DROP INDEX "ix_person_record_link__person_id"`);
    await q.query(`DROP TABLE "person_record_link"`);
  }
}
