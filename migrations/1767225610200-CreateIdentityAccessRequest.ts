import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Investigators' requests to read one person's identity and leaders' decisions (DESIGN.md §7;
 * Luật Tố cáo 2018 Điều 56). One open request per (person, requester); an approval expires.
 */
export class CreateIdentityAccessRequest1767225610200 implements MigrationInterface {
  name = 'CreateIdentityAccessRequest1767225610200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "identity_access_request" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "person_id" uuid NOT NULL,
      "requester_id" uuid NOT NULL,
      "reason" text NOT NULL,
      "status" character varying(16) NOT NULL DEFAULT 'requested',
      "decided_by" uuid,
      "decided_at" TIMESTAMP WITH TIME ZONE,
      "decision_note" text,
      "expires_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT '1',
      CONSTRAINT "ck_identity_access_request__decision" CHECK (("status" = 'requested') = ("decided_by" IS NULL AND "decided_at" IS NULL) AND ("status" = 'approved') = ("expires_at" IS NOT NULL) AND "decided_by" IS DISTINCT FROM "requester_id"),
      CONSTRAINT "ck_identity_access_request__reason" CHECK (char_length(btrim("reason")) >= 10),
      CONSTRAINT "ck_identity_access_request__status" CHECK ("status" IN ('requested', 'approved', 'refused')),
      CONSTRAINT "pk_identity_access_request" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_identity_access_request__status__created_at"
      ON "identity_access_request" ("status", "created_at")`);
    await q.query(`CREATE INDEX "ix_identity_access_request__person_id__requester_id"
      ON "identity_access_request" ("person_id", "requester_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_identity_access_request__person_id__requester_id"
      ON "identity_access_request" ("person_id", "requester_id") WHERE "status" = 'requested'`);
    await q.query(`ALTER TABLE "identity_access_request"
      ADD CONSTRAINT "fk_identity_access_request__person_id" FOREIGN KEY ("person_id")
      REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "identity_access_request"
      ADD CONSTRAINT "fk_identity_access_request__requester_id" FOREIGN KEY ("requester_id")
      REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "identity_access_request"
      ADD CONSTRAINT "fk_identity_access_request__decided_by" FOREIGN KEY ("decided_by")
      REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    const table = '"identity_access_request"';
    await q.query(`ALTER TABLE ${table} DROP CONSTRAINT "fk_identity_access_request__decided_by"`);
    await q.query(
      `ALTER TABLE ${table} DROP CONSTRAINT "fk_identity_access_request__requester_id"`,
    );
    await q.query(`ALTER TABLE ${table} DROP CONSTRAINT "fk_identity_access_request__person_id"`);
    await q.query(`DROP INDEX "uq_identity_access_request__person_id__requester_id"`);
    await q.query(`DROP INDEX "ix_identity_access_request__person_id__requester_id"`);
    await q.query(`DROP INDEX "ix_identity_access_request__status__created_at"`);
    await q.query(`DROP TABLE ${table}`);
  }
}
