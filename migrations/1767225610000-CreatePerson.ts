import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Persons and the identity vault (DESIGN.md §7, research A.5.1). `person` holds no identity, only
 * a pseudonym from `person_pseudonym_seq`; `person_identity` holds one AES-256-GCM sealed blob per
 * person (key outside the database) and a keyed HMAC blind index of the ID number.
 */
export class CreatePerson1767225610000 implements MigrationInterface {
  name = 'CreatePerson1767225610000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE "person_pseudonym_seq" AS bigint START 1`);
    await q.query(`CREATE TABLE "person" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "kind" character varying(16) NOT NULL,
      "pseudonym" character varying(32) NOT NULL,
      "agency_id" uuid NOT NULL,
      "created_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT '1',
      CONSTRAINT "ck_person__kind" CHECK ("kind" IN ('citizen', 'organisation')),
      CONSTRAINT "pk_person" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_person__pseudonym" ON "person" ("pseudonym")`);
    await q.query(`CREATE INDEX "ix_person__agency_id" ON "person" ("agency_id")`);
    await q.query(`CREATE TABLE "person_identity" (
      "person_id" uuid NOT NULL,
      "identity_sealed" text NOT NULL,
      "id_number_hash" character(64),
      "key_version" integer NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_person_identity__key_version" CHECK ("key_version" >= 1),
      CONSTRAINT "pk_person_identity" PRIMARY KEY ("person_id"))`);
    await q.query(
      `CREATE INDEX "ix_person_identity__id_number_hash" ON "person_identity" ("id_number_hash")`,
    );
    await q.query(`ALTER TABLE "person" ADD CONSTRAINT "fk_person__agency_id" FOREIGN KEY ("agency_id")
      REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "person" ADD CONSTRAINT "fk_person__created_by" FOREIGN KEY ("created_by")
      REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "person_identity" ADD CONSTRAINT "fk_person_identity__person_id"
      FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "person_identity" DROP CONSTRAINT "fk_person_identity__person_id"`);
    await q.query(`ALTER TABLE "person" DROP CONSTRAINT "fk_person__created_by"`);
    await q.query(`ALTER TABLE "person" DROP CONSTRAINT "fk_person__agency_id"`);
    await q.query(`DROP INDEX "ix_person_identity__id_number_hash"`);
    await q.query(`DROP TABLE "person_identity"`);
    await q.query(`DROP INDEX "ix_person__agency_id"`);
    await q.query(`DROP INDEX "uq_person__pseudonym"`);
    await q.query(`DROP TABLE "person"`);
    await q.query(`DROP SEQUENCE "person_pseudonym_seq"`);
  }
}
