import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Denunciation resolution proceedings (first and re-resolution) with their suspensions, extension
 * decisions and verification records (DOMAIN §5).
 */
export class CreateDenunciationResolution1767225640300 implements MigrationInterface {
  name = 'CreateDenunciationResolution1767225640300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "denunciation_resolution" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agency_id" uuid NOT NULL,
      "case_id" uuid NOT NULL,
      "petition_id" uuid NOT NULL,
      "kind" character varying(16) NOT NULL,
      "first_id" uuid,
      "follow_up_basis" character varying(24),
      "status" character varying(24) NOT NULL,
      "resume_to" character varying(24),
      "is_anonymous" boolean NOT NULL DEFAULT false,
      "complexity" character varying(24) NOT NULL DEFAULT 'normal',
      "received_on" date NOT NULL,
      "prelim_extended" boolean NOT NULL DEFAULT false,
      "prelim_due_on" date NOT NULL,
      "prelim_explanation" jsonb NOT NULL,
      "acceptance_checklist" jsonb,
      "acceptance_timeliness" character varying(8),
      "accepted_on" date,
      "notice_due_on" date,
      "transferred_to" character varying(500),
      "usable_as_information" boolean,
      "due_on" date,
      "due_rule_key" character varying(8),
      "due_rule_version" integer,
      "due_explanation" jsonb,
      "due_remaining_days" integer,
      "extension_count" smallint NOT NULL DEFAULT '0',
      "verification_lead_id" uuid,
      "verification_member_ids" uuid array NOT NULL DEFAULT '{}',
      "verification_decision_id" uuid,
      "has_verification_report" boolean NOT NULL DEFAULT false,
      "is_deliberately_false" boolean NOT NULL DEFAULT false,
      "concluded_on" date,
      "conclusion_notice_due_on" date,
      "handling_due_on" date,
      "handled_on" date,
      "handling_note" character varying(4000),
      "withdrawal" jsonb,
      "termination_cause" character varying(32),
      "terminated_on" date,
      "decision_id" uuid,
      "created_by" uuid NOT NULL,
      "version" integer NOT NULL DEFAULT '1',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_denunciation_resolution__extension_count" CHECK ("extension_count" BETWEEN 0 AND 2),
      CONSTRAINT "ck_denunciation_resolution__first_id" CHECK (("kind" = 're_resolution') = ("first_id" IS NOT NULL)),
      CONSTRAINT "ck_denunciation_resolution__acceptance_timeliness" CHECK ("acceptance_timeliness" IS NULL OR "acceptance_timeliness" IN ('on_time', 'late')),
      CONSTRAINT "ck_denunciation_resolution__termination_cause" CHECK ("termination_cause" IS NULL OR "termination_cause" IN ('withdrawn', 'accused_died', 'other')),
      CONSTRAINT "ck_denunciation_resolution__complexity" CHECK ("complexity" IN ('normal', 'complex', 'especially_complex')),
      CONSTRAINT "ck_denunciation_resolution__resume_to" CHECK ("resume_to" IS NULL OR "resume_to" IN ('received', 'prelim_check', 'accepted', 'not_accepted', 'transferred', 'anonymous_not_processed', 'verifying', 'extended_1', 'extended_2', 'suspended', 'terminated', 'concluded', 'handled', 'closed')),
      CONSTRAINT "ck_denunciation_resolution__status" CHECK ("status" IN ('received', 'prelim_check', 'accepted', 'not_accepted', 'transferred', 'anonymous_not_processed', 'verifying', 'extended_1', 'extended_2', 'suspended', 'terminated', 'concluded', 'handled', 'closed')),
      CONSTRAINT "ck_denunciation_resolution__kind" CHECK ("kind" IN ('first', 're_resolution')),
      CONSTRAINT "pk_denunciation_resolution" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_denunciation_resolution__due_on"
      ON "denunciation_resolution" ("due_on")`);
    await q.query(`CREATE INDEX "ix_denunciation_resolution__verification_lead_id"
      ON "denunciation_resolution" ("verification_lead_id")`);
    await q.query(`CREATE INDEX "ix_denunciation_resolution__first_id"
      ON "denunciation_resolution" ("first_id")`);
    await q.query(`CREATE INDEX "ix_denunciation_resolution__case_id"
      ON "denunciation_resolution" ("case_id")`);
    await q.query(`CREATE INDEX "ix_denunciation_resolution__agency_id__status__due_on"
      ON "denunciation_resolution" ("agency_id", "status", "due_on")`);
    await q.query(`CREATE UNIQUE INDEX "uq_denunciation_resolution__petition_id"
      ON "denunciation_resolution" ("petition_id")`);
    await q.query(`CREATE TABLE "denunciation_suspension" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "denunciation_id" uuid NOT NULL,
      "suspended_on" date NOT NULL,
      "resumed_on" date,
      "reason" character varying(1000) NOT NULL,
      "created_by" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_denunciation_suspension__resumed_on" CHECK ("resumed_on" IS NULL OR "resumed_on" >= "suspended_on"),
      CONSTRAINT "pk_denunciation_suspension" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_denunciation_suspension__denunciation_id__suspended_on"
      ON "denunciation_suspension" ("denunciation_id", "suspended_on")`);
    await q.query(`CREATE TABLE "denunciation_extension" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "denunciation_id" uuid NOT NULL,
      "seq" smallint NOT NULL,
      "decision_id" uuid NOT NULL,
      "decided_on" date NOT NULL,
      "reason" character varying(2000) NOT NULL,
      "complexity" character varying(24) NOT NULL,
      "previous_due_on" date NOT NULL,
      "new_due_on" date,
      "created_by" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_denunciation_extension__complexity" CHECK ("complexity" IN ('normal', 'complex', 'especially_complex')),
      CONSTRAINT "ck_denunciation_extension__seq" CHECK ("seq" IN (1, 2)),
      CONSTRAINT "pk_denunciation_extension" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_denunciation_extension__decision_id"
      ON "denunciation_extension" ("decision_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_denunciation_extension__denunciation_id__seq"
      ON "denunciation_extension" ("denunciation_id", "seq")`);
    await q.query(`CREATE TABLE "denunciation_verification_record" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "denunciation_id" uuid NOT NULL,
      "kind" character varying(32) NOT NULL,
      "recorded_on" date NOT NULL,
      "summary" character varying(4000) NOT NULL,
      "documents" character varying(2000),
      "recommendation" character varying(4000),
      "recorded_by" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_denunciation_verification_record__recommendation" CHECK (("kind" = 'verification_report') = ("recommendation" IS NOT NULL)),
      CONSTRAINT "ck_denunciation_verification_record__kind" CHECK ("kind" IN ('working_minutes', 'documents_requested', 'documents_received', 'expert_appraisal', 'verification_report')),
      CONSTRAINT "pk_denunciation_verification_record" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_denunciation_verification_record__denunciation_id"
      ON "denunciation_verification_record" ("denunciation_id", "recorded_on")`);
    await q.query(`ALTER TABLE "denunciation_resolution" ADD CONSTRAINT "fk_denunciation_resolution__agency_id"
      FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "denunciation_resolution" ADD CONSTRAINT "fk_denunciation_resolution__case_id"
      FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "denunciation_resolution" ADD CONSTRAINT "fk_denunciation_resolution__petition_id"
      FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "denunciation_resolution" ADD CONSTRAINT "fk_denunciation_resolution__first_id"
      FOREIGN KEY ("first_id") REFERENCES "denunciation_resolution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "denunciation_resolution" ADD CONSTRAINT "fk_denunciation_resolution__verification_lead_id"
      FOREIGN KEY ("verification_lead_id") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "denunciation_resolution" ADD CONSTRAINT "fk_denunciation_resolution__verification_decision_id"
      FOREIGN KEY ("verification_decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "denunciation_resolution" ADD CONSTRAINT "fk_denunciation_resolution__decision_id"
      FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "denunciation_resolution" ADD CONSTRAINT "fk_denunciation_resolution__created_by"
      FOREIGN KEY ("created_by") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "denunciation_suspension" ADD CONSTRAINT "fk_denunciation_suspension__denunciation_id"
      FOREIGN KEY ("denunciation_id") REFERENCES "denunciation_resolution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "denunciation_suspension" ADD CONSTRAINT "fk_denunciation_suspension__created_by"
      FOREIGN KEY ("created_by") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "denunciation_extension" ADD CONSTRAINT "fk_denunciation_extension__denunciation_id"
      FOREIGN KEY ("denunciation_id") REFERENCES "denunciation_resolution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "denunciation_extension" ADD CONSTRAINT "fk_denunciation_extension__decision_id"
      FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "denunciation_extension" ADD CONSTRAINT "fk_denunciation_extension__created_by"
      FOREIGN KEY ("created_by") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "denunciation_verification_record" ADD CONSTRAINT "fk_denunciation_verification_record__denunciation_id"
      FOREIGN KEY ("denunciation_id") REFERENCES "denunciation_resolution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "denunciation_verification_record" ADD CONSTRAINT "fk_denunciation_verification_record__recorded_by"
      FOREIGN KEY ("recorded_by") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "denunciation_verification_record" DROP CONSTRAINT "fk_denunciation_verification_record__recorded_by"`,
    );
    await q.query(
      `ALTER TABLE "denunciation_verification_record" DROP CONSTRAINT "fk_denunciation_verification_record__denunciation_id"`,
    );
    await q.query(
      `ALTER TABLE "denunciation_extension" DROP CONSTRAINT "fk_denunciation_extension__created_by"`,
    );
    await q.query(
      `ALTER TABLE "denunciation_extension" DROP CONSTRAINT "fk_denunciation_extension__decision_id"`,
    );
    await q.query(
      `ALTER TABLE "denunciation_extension" DROP CONSTRAINT "fk_denunciation_extension__denunciation_id"`,
    );
    await q.query(
      `ALTER TABLE "denunciation_suspension" DROP CONSTRAINT "fk_denunciation_suspension__created_by"`,
    );
    await q.query(
      `ALTER TABLE "denunciation_suspension" DROP CONSTRAINT "fk_denunciation_suspension__denunciation_id"`,
    );
    await q.query(
      `ALTER TABLE "denunciation_resolution" DROP CONSTRAINT "fk_denunciation_resolution__created_by"`,
    );
    await q.query(
      `ALTER TABLE "denunciation_resolution" DROP CONSTRAINT "fk_denunciation_resolution__decision_id"`,
    );
    await q.query(
      `ALTER TABLE "denunciation_resolution" DROP CONSTRAINT "fk_denunciation_resolution__verification_decision_id"`,
    );
    await q.query(
      `ALTER TABLE "denunciation_resolution" DROP CONSTRAINT "fk_denunciation_resolution__verification_lead_id"`,
    );
    await q.query(
      `ALTER TABLE "denunciation_resolution" DROP CONSTRAINT "fk_denunciation_resolution__first_id"`,
    );
    await q.query(
      `ALTER TABLE "denunciation_resolution" DROP CONSTRAINT "fk_denunciation_resolution__petition_id"`,
    );
    await q.query(
      `ALTER TABLE "denunciation_resolution" DROP CONSTRAINT "fk_denunciation_resolution__case_id"`,
    );
    await q.query(
      `ALTER TABLE "denunciation_resolution" DROP CONSTRAINT "fk_denunciation_resolution__agency_id"`,
    );
    await q.query(`DROP TABLE "denunciation_verification_record"`);
    await q.query(`DROP TABLE "denunciation_extension"`);
    await q.query(`DROP TABLE "denunciation_suspension"`);
    await q.query(`DROP TABLE "denunciation_resolution"`);
  }
}
