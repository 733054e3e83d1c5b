import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Numbered documents of the resolution proceedings (decisions, conclusions, notices …) and the
 * structured recommended measures the enforcement module will track.
 */
export class CreateDecision1767225640100 implements MigrationInterface {
  name = 'CreateDecision1767225640100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "decision" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agency_id" uuid NOT NULL,
      "case_id" uuid NOT NULL,
      "proceeding_type" character varying(16) NOT NULL,
      "proceeding_id" uuid NOT NULL,
      "kind" character varying(40) NOT NULL,
      "document_type" character varying(16) NOT NULL,
      "register_year" smallint NOT NULL,
      "register_no" integer NOT NULL,
      "number_symbol" character varying(64) NOT NULL,
      "issued_on" date NOT NULL,
      "signer_id" uuid NOT NULL,
      "signer_name" character varying(255) NOT NULL,
      "signer_title" character varying(255) NOT NULL,
      "signer_authority" character varying(255),
      "outcome" character varying(32),
      "content_conclusion" character varying(16),
      "is_deliberately_false" boolean NOT NULL DEFAULT false,
      "reasoning" character varying(8000),
      "legal_effect_on" date,
      "legal_effect_explanation" jsonb,
      "timeliness" character varying(8),
      "due_on" date,
      "version" integer NOT NULL DEFAULT '1',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_decision__register_no" CHECK ("register_no" >= 1),
      CONSTRAINT "ck_decision__timeliness" CHECK ("timeliness" IS NULL OR "timeliness" IN ('on_time', 'late')),
      CONSTRAINT "ck_decision__content_conclusion" CHECK ("content_conclusion" IS NULL OR "content_conclusion" IN ('right', 'partly_right', 'wrong')),
      CONSTRAINT "ck_decision__outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('right', 'partly_right', 'wrong', 'upheld_first', 'annulled_or_amended_first')),
      CONSTRAINT "ck_decision__proceeding_type" CHECK ("proceeding_type" IN ('complaint', 'denunciation')),
      CONSTRAINT "ck_decision__document_type" CHECK ("document_type" IN ('decision', 'notice', 'conclusion', 'report', 'minutes', 'plan', 'invitation', 'transfer_slip', 'submission')),
      CONSTRAINT "ck_decision__kind" CHECK ("kind" IN ('complaint_first_round', 'complaint_second_round', 'denunciation_conclusion', 'complaint_acceptance_notice', 'complaint_refusal_notice', 'denunciation_acceptance', 'denunciation_refusal_notice', 'denunciation_extension', 'verification_assignment', 'termination')),
      CONSTRAINT "pk_decision" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_decision__case_id"
      ON "decision" ("case_id")`);
    await q.query(`CREATE INDEX "ix_decision__legal_effect_on"
      ON "decision" ("legal_effect_on")`);
    await q.query(`CREATE INDEX "ix_decision__agency_id__kind__issued_on"
      ON "decision" ("agency_id", "kind", "issued_on")`);
    await q.query(`CREATE INDEX "ix_decision__proceeding_id"
      ON "decision" ("proceeding_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_decision__agency_id__document_type__register_year__no"
      ON "decision" ("agency_id", "document_type", "register_year", "register_no")`);
    await q.query(`CREATE TABLE "decision_measure" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "decision_id" uuid NOT NULL,
      "position" smallint NOT NULL,
      "type" character varying(32) NOT NULL,
      "amount" numeric(20,0),
      "area" numeric(14,2),
      "collectives" integer,
      "persons" integer,
      "officials" integer,
      "beneficiaries" integer,
      "note" character varying(2000),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_decision_measure__officials" CHECK ("officials" IS NULL OR "officials" <= "persons"),
      CONSTRAINT "ck_decision_measure__area" CHECK ("area" IS NULL OR "area" > 0),
      CONSTRAINT "ck_decision_measure__amount" CHECK ("amount" IS NULL OR "amount" > 0),
      CONSTRAINT "ck_decision_measure__type" CHECK ("type" IN ('recover_money', 'recover_land', 'return_money_org', 'return_land_org', 'return_money_person', 'return_land_person', 'discipline_org', 'discipline_person', 'refer_investigation', 'other')),
      CONSTRAINT "pk_decision_measure" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_decision_measure__type"
      ON "decision_measure" ("type")`);
    await q.query(`CREATE UNIQUE INDEX "uq_decision_measure__decision_id__position"
      ON "decision_measure" ("decision_id", "position")`);
    await q.query(`ALTER TABLE "decision" ADD CONSTRAINT "fk_decision__agency_id"
      FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "decision" ADD CONSTRAINT "fk_decision__case_id"
      FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "decision" ADD CONSTRAINT "fk_decision__signer_id"
      FOREIGN KEY ("signer_id") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "decision_measure" ADD CONSTRAINT "fk_decision_measure__decision_id"
      FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "decision_measure" DROP CONSTRAINT "fk_decision_measure__decision_id"`,
    );
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "fk_decision__signer_id"`);
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "fk_decision__case_id"`);
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "fk_decision__agency_id"`);
    await q.query(`DROP TABLE "decision_measure"`);
    await q.query(`DROP TABLE "decision"`);
  }
}
