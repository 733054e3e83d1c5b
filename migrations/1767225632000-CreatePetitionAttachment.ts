import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files of petitions, sealed in the database (one transaction and one backup with the petition;
 * docs/petitions.md), with originals and officer-made redacted copies (Luật Tố cáo 2018 Điều 56).
 */
export class CreatePetitionAttachment1767225632000 implements MigrationInterface {
  name = 'CreatePetitionAttachment1767225632000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "petition_attachment" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "petition_id" uuid NOT NULL,
      "kind" character varying(16) NOT NULL,
      "redacts_id" uuid,
      "file_name_sealed" text NOT NULL,
      "media_type" character varying(64) NOT NULL,
      "size_bytes" integer NOT NULL,
      "sha256" character(64) NOT NULL,
      "content_sealed" bytea NOT NULL,
      "uploaded_by" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_petition_attachment__redacts_id"
        CHECK (("kind" = 'redacted_copy') = ("redacts_id" IS NOT NULL)),
      CONSTRAINT "ck_petition_attachment__size_bytes" CHECK ("size_bytes" > 0),
      CONSTRAINT "ck_petition_attachment__kind" CHECK ("kind" IN ('original', 'redacted_copy')),
      CONSTRAINT "pk_petition_attachment" PRIMARY KEY ("id"))`);
    // Files are already compressed (PDF, JPEG, PNG): keep them out of line without trying again.
    await q.query(
      `ALTER TABLE "petition_attachment" ALTER COLUMN "content_sealed" SET STORAGE EXTERNAL`,
    );
    await q.query(`CREATE INDEX "ix_petition_attachment__petition_id"
      ON "petition_attachment" ("petition_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_petition_attachment__redacts_id"
      ON "petition_attachment" ("redacts_id")`);
    await q.query(`ALTER TABLE "petition_attachment"
      ADD CONSTRAINT "fk_petition_attachment__petition_id" FOREIGN KEY ("petition_id")
        REFERENCES "petition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
      ADD CONSTRAINT "fk_petition_attachment__redacts_id" FOREIGN KEY ("redacts_id")
        REFERENCES "petition_attachment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
      ADD CONSTRAINT "fk_petition_attachment__uploaded_by" FOREIGN KEY ("uploaded_by")
        REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "petition_attachment"`);
  }
}
