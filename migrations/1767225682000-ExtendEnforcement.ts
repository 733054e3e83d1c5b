import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enforcement leftovers (issue 8): indexes for the outstanding worklist filtered by responsible
 * body and for the duplicate check of imported decisions (agency, number and symbol, issue date);
 * files of progress entries (receipts, payment vouchers), sealed in the database like petition
 * files (docs/enforcement.md).
 */
export class ExtendEnforcement1767225682000 implements MigrationInterface {
  name = 'ExtendEnforcement1767225682000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_enforcement_item__responsible_body__enforcement_decision_id"
      ON "enforcement_item" ("responsible_body", "enforcement_decision_id")`);
    await q.query(`CREATE INDEX "ix_enforcement_decision__agency_id__number_symbol__issued_on"
      ON "enforcement_decision" ("agency_id", "number_symbol", "issued_on")`);
    await q.query(`CREATE TABLE "enforcement_attachment" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "progress_id" uuid NOT NULL,
      "file_name_sealed" text NOT NULL,
      "media_type" character varying(64) NOT NULL,
      "size_bytes" integer NOT NULL,
      "sha256" character(64) NOT NULL,
      "content_sealed" bytea NOT NULL,
      "uploaded_by" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_enforcement_attachment__size_bytes" CHECK ("size_bytes" > 0),
      CONSTRAINT "pk_enforcement_attachment" PRIMARY KEY ("id"))`);
    // Scans are already compressed (PDF, JPEG, PNG): keep them out of line without trying again.
    await q.query(
      `ALTER TABLE "enforcement_attachment" ALTER COLUMN "content_sealed" SET STORAGE EXTERNAL`,
    );
    await q.query(`CREATE INDEX "ix_enforcement_attachment__progress_id"
      ON "enforcement_attachment" ("progress_id")`);
    await q.query(`ALTER TABLE "enforcement_attachment"
      ADD CONSTRAINT "fk_enforcement_attachment__progress_id" FOREIGN KEY ("progress_id")
        REFERENCES "enforcement_progress"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
      ADD CONSTRAINT "fk_enforcement_attachment__uploaded_by" FOREIGN KEY ("uploaded_by")
        REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "enforcement_attachment"`);
    await q.query(`DROP INDEX "ix_enforcement_decision__agency_id__number_symbol__issued_on"`);
    await q.query(`DROP INDEX "ix_enforcement_item__responsible_body__enforcement_decision_id"`);
  }
}
