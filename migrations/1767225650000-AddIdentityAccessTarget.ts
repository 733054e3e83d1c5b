import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity rights per record (DESIGN.md §7; Luật Tố cáo 2018 Điều 9, 56): an access request names
 * the record (type and id) or the case the investigator works on, that record's agency (whose
 * leaders decide) and the requester's agency (the grant works only from there); a person's link
 * to a record may carry the record's case. Requests made before this migration name no record:
 * they stay as records but grant nothing (an approval must name what it opens).
 */
export class AddIdentityAccessTarget1767225650000 implements MigrationInterface {
  name = 'AddIdentityAccessTarget1767225650000';

  async up(q: QueryRunner): Promise<void> {
    const table = '"identity_access_request"';
    await q.query(`ALTER TABLE ${table} ADD "record_type" character varying(32),
      ADD "record_id" uuid, ADD "case_id" uuid, ADD "agency_id" uuid,
      ADD "requester_agency_id" uuid`);
    await q.query(`ALTER TABLE "person_record_link" ADD "case_id" uuid`);
    await q.query(`CREATE INDEX "ix_identity_access_request__agency_id__created_at"
      ON ${table} ("agency_id", "created_at")`);
    await q.query(`ALTER TABLE ${table} ADD CONSTRAINT "ck_identity_access_request__target"
      CHECK (("record_type" IS NULL) = ("record_id" IS NULL) AND ("record_id" IS NULL OR "case_id" IS NULL) AND ("record_id" IS NULL AND "case_id" IS NULL) = ("agency_id" IS NULL) AND ("agency_id" IS NULL) = ("requester_agency_id" IS NULL))`);
    await q.query(`ALTER TABLE ${table} ADD CONSTRAINT "ck_identity_access_request__record_type"
      CHECK ("record_type" IN ('visit', 'petition', 'case', 'complaint', 'denunciation'))`);
    await q.query(`ALTER TABLE ${table} ADD CONSTRAINT "fk_identity_access_request__agency_id"
      FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE ${table}
      ADD CONSTRAINT "fk_identity_access_request__requester_agency_id"
      FOREIGN KEY ("requester_agency_id") REFERENCES "agency"("id")
      ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    const table = '"identity_access_request"';
    await q.query(
      `ALTER TABLE ${table} DROP CONSTRAINT "fk_identity_access_request__requester_agency_id"`,
    );
    await q.query(`ALTER TABLE ${table} DROP CONSTRAINT "fk_identity_access_request__agency_id"`);
    await q.query(`ALTER TABLE ${table} DROP CONSTRAINT "ck_identity_access_request__record_type"`);
    await q.query(`ALTER TABLE ${table} DROP CONSTRAINT "ck_identity_access_request__target"`);
    await q.query(`DROP INDEX "ix_identity_access_request__agency_id__created_at"`);
    await q.query(`ALTER TABLE "person_record_link" DROP COLUMN "case_id"`);
    await q.query(`ALTER TABLE ${table} DROP COLUMN "requester_agency_id", DROP COLUMN "agency_id",
      DROP COLUMN "case_id", DROP COLUMN "record_id", DROP COLUMN "record_type"`);
  }
}
