import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The narrative a leader saves for an oversight report (đánh giá, nhiệm vụ kỳ tới, commentary per
 * section, signer, number, recipients): one row per agency and period (from, to, convention),
 * edited with optimistic locking.
 */
export class CreateReportNarrative1767225681000 implements MigrationInterface {
  name = 'CreateReportNarrative1767225681000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "report_narrative" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agency_id" uuid NOT NULL,
      "period_from" date NOT NULL,
      "period_to" date NOT NULL,
      "convention" character varying(16) NOT NULL,
      "sections" jsonb NOT NULL DEFAULT '{}',
      "signer_name" character varying(120),
      "signer_title" character varying(120),
      "document_number" integer,
      "recipients" jsonb NOT NULL DEFAULT '[]',
      "updated_by" uuid NOT NULL,
      "version" integer NOT NULL DEFAULT '1',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_report_narrative__period" CHECK ("period_from" <= "period_to"),
      CONSTRAINT "ck_report_narrative__convention" CHECK ("convention" IN ('statutory', 'calendar', 'custom')),
      CONSTRAINT "ck_report_narrative__document_number" CHECK ("document_number" IS NULL OR "document_number" >= 1),
      CONSTRAINT "pk_report_narrative" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_report_narrative__agency_id__period"
      ON "report_narrative" ("agency_id", "period_from", "period_to", "convention")`);
    await q.query(`ALTER TABLE "report_narrative" ADD CONSTRAINT "fk_report_narrative__agency_id"
      FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "report_narrative" ADD CONSTRAINT "fk_report_narrative__updated_by"
      FOREIGN KEY ("updated_by") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "report_narrative" DROP CONSTRAINT "fk_report_narrative__updated_by"`,
    );
    await q.query(
      `ALTER TABLE "report_narrative" DROP CONSTRAINT "fk_report_narrative__agency_id"`,
    );
    await q.query(`DROP TABLE "report_narrative"`);
  }
}
