import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaint resolution proceedings (round 1 and 2) with their suspensions, verification records
 * and dialogues (DOMAIN §4).
 */
export class CreateComplaintResolution1767225640200 implements MigrationInterface {
  name = 'CreateComplaintResolution1767225640200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "complaint_resolution" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agency_id" uuid NOT NULL,
      "case_id" uuid NOT NULL,
      "petition_id" uuid NOT NULL,
      "round" character varying(8) NOT NULL,
      "first_round_id" uuid,
      "status" character varying(24) NOT NULL,
      "resume_to" character varying(24),
      "is_complex" boolean NOT NULL DEFAULT false,
      "complex_reason" character varying(1000),
      "is_remote" boolean NOT NULL DEFAULT false,
      "remote_reason" character varying(1000),
      "received_on" date NOT NULL,
      "acceptance_due_on" date NOT NULL,
      "acceptance_explanation" jsonb NOT NULL,
      "filed_on" date,
      "decision_known_on" date,
      "obstacle_days" integer NOT NULL DEFAULT '0',
      "first_round_decision_received_on" date,
      "limitation_due_on" date,
      "limitation_explanation" jsonb,
      "acceptance_checklist" jsonb,
      "acceptance_timeliness" character varying(8),
      "accepted_on" date,
      "due_on" date,
      "due_rule_key" character varying(8),
      "due_rule_version" integer,
      "due_explanation" jsonb,
      "due_remaining_days" integer,
      "verification_lead_id" uuid,
      "verification_member_ids" uuid array NOT NULL DEFAULT '{}',
      "verification_decision_id" uuid,
      "has_verification_report" boolean NOT NULL DEFAULT false,
      "demands_differ_from_verification" boolean,
      "dialogue_held" boolean NOT NULL DEFAULT false,
      "lawsuit_court" character varying(255),
      "lawsuit_filed_on" date,
      "termination_cause" character varying(32),
      "terminated_on" date,
      "withdrawal_reconsiderable" boolean,
      "decision_id" uuid,
      "created_by" uuid NOT NULL,
      "version" integer NOT NULL DEFAULT '1',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_complaint_resolution__obstacle_days" CHECK ("obstacle_days" >= 0),
      CONSTRAINT "ck_complaint_resolution__remote_reason" CHECK (NOT "is_remote" OR "remote_reason" IS NOT NULL),
      CONSTRAINT "ck_complaint_resolution__complex_reason" CHECK (NOT "is_complex" OR "complex_reason" IS NOT NULL),
      CONSTRAINT "ck_complaint_resolution__first_round_id" CHECK (("round" = 'second') = ("first_round_id" IS NOT NULL)),
      CONSTRAINT "ck_complaint_resolution__acceptance_timeliness" CHECK ("acceptance_timeliness" IS NULL OR "acceptance_timeliness" IN ('on_time', 'late')),
      CONSTRAINT "ck_complaint_resolution__termination_cause" CHECK ("termination_cause" IS NULL OR "termination_cause" IN ('withdrawn', 'complainant_died', 'organisation_dissolved', 'court_accepted', 'refusal_ground_found')),
      CONSTRAINT "ck_complaint_resolution__resume_to" CHECK ("resume_to" IS NULL OR "resume_to" IN ('received', 'accepted', 'not_accepted', 'verifying', 'dialogue', 'drafting', 'decided', 'legally_effective', 'suspended', 'escalated', 'in_court', 'terminated', 'closed')),
      CONSTRAINT "ck_complaint_resolution__status" CHECK ("status" IN ('received', 'accepted', 'not_accepted', 'verifying', 'dialogue', 'drafting', 'decided', 'legally_effective', 'suspended', 'escalated', 'in_court', 'terminated', 'closed')),
      CONSTRAINT "ck_complaint_resolution__round" CHECK ("round" IN ('first', 'second')),
      CONSTRAINT "pk_complaint_resolution" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_complaint_resolution__due_on"
      ON "complaint_resolution" ("due_on")`);
    await q.query(`CREATE INDEX "ix_complaint_resolution__verification_lead_id"
      ON "complaint_resolution" ("verification_lead_id")`);
    await q.query(`CREATE INDEX "ix_complaint_resolution__first_round_id"
      ON "complaint_resolution" ("first_round_id")`);
    await q.query(`CREATE INDEX "ix_complaint_resolution__case_id"
      ON "complaint_resolution" ("case_id")`);
    await q.query(`CREATE INDEX "ix_complaint_resolution__agency_id__status__due_on"
      ON "complaint_resolution" ("agency_id", "status", "due_on")`);
    await q.query(`CREATE UNIQUE INDEX "uq_complaint_resolution__petition_id"
      ON "complaint_resolution" ("petition_id")`);
    await q.query(`CREATE TABLE "complaint_suspension" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "complaint_id" uuid NOT NULL,
      "suspended_on" date NOT NULL,
      "resumed_on" date,
      "reason" character varying(1000) NOT NULL,
      "created_by" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_complaint_suspension__resumed_on" CHECK ("resumed_on" IS NULL OR "resumed_on" >= "suspended_on"),
      CONSTRAINT "pk_complaint_suspension" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_complaint_suspension__complaint_id__suspended_on"
      ON "complaint_suspension" ("complaint_id", "suspended_on")`);
    await q.query(`CREATE TABLE "complaint_verification_record" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "complaint_id" uuid NOT NULL,
      "kind" character varying(32) NOT NULL,
      "recorded_on" date NOT NULL,
      "summary" character varying(4000) NOT NULL,
      "documents" character varying(2000),
      "recommendation" character varying(4000),
      "recorded_by" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_complaint_verification_record__recommendation" CHECK (("kind" = 'verification_report') = ("recommendation" IS NOT NULL)),
      CONSTRAINT "ck_complaint_verification_record__kind" CHECK ("kind" IN ('working_minutes', 'documents_requested', 'documents_received', 'expert_appraisal', 'verification_report')),
      CONSTRAINT "pk_complaint_verification_record" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_complaint_verification_record__complaint_id__recorded_on"
      ON "complaint_verification_record" ("complaint_id", "recorded_on")`);
    await q.query(`CREATE TABLE "complaint_dialogue" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "complaint_id" uuid NOT NULL,
      "held_on" date NOT NULL,
      "place" character varying(500) NOT NULL,
      "chaired_by" character varying(255) NOT NULL,
      "participants" jsonb NOT NULL,
      "minutes" character varying(8000) NOT NULL,
      "agreed_points" character varying(4000),
      "recorded_by" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_complaint_dialogue" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_complaint_dialogue__complaint_id__held_on"
      ON "complaint_dialogue" ("complaint_id", "held_on")`);
    await q.query(`ALTER TABLE "complaint_resolution" ADD CONSTRAINT "fk_complaint_resolution__agency_id"
      FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "complaint_resolution" ADD CONSTRAINT "fk_complaint_resolution__case_id"
      FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "complaint_resolution" ADD CONSTRAINT "fk_complaint_resolution__petition_id"
      FOREIGN KEY ("petition_id") REFERENCES "petition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "complaint_resolution" ADD CONSTRAINT "fk_complaint_resolution__first_round_id"
      FOREIGN KEY ("first_round_id") REFERENCES "complaint_resolution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "complaint_resolution" ADD CONSTRAINT "fk_complaint_resolution__verification_lead_id"
      FOREIGN KEY ("verification_lead_id") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "complaint_resolution" ADD CONSTRAINT "fk_complaint_resolution__verification_decision_id"
      FOREIGN KEY ("verification_decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "complaint_resolution" ADD CONSTRAINT "fk_complaint_resolution__decision_id"
      FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "complaint_resolution" ADD CONSTRAINT "fk_complaint_resolution__created_by"
      FOREIGN KEY ("created_by") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "complaint_suspension" ADD CONSTRAINT "fk_complaint_suspension__complaint_id"
      FOREIGN KEY ("complaint_id") REFERENCES "complaint_resolution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "complaint_suspension" ADD CONSTRAINT "fk_complaint_suspension__created_by"
      FOREIGN KEY ("created_by") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "complaint_verification_record" ADD CONSTRAINT "fk_complaint_verification_record__complaint_id"
      FOREIGN KEY ("complaint_id") REFERENCES "complaint_resolution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "complaint_verification_record" ADD CONSTRAINT "fk_complaint_verification_record__recorded_by"
      FOREIGN KEY ("recorded_by") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "complaint_dialogue" ADD CONSTRAINT "fk_complaint_dialogue__complaint_id"
      FOREIGN KEY ("complaint_id") REFERENCES "complaint_resolution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "complaint_dialogue" ADD CONSTRAINT "fk_complaint_dialogue__recorded_by"
      FOREIGN KEY ("recorded_by") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "complaint_dialogue" DROP CONSTRAINT "fk_complaint_dialogue__recorded_by"`,
    );
    await q.query(
      `ALTER TABLE "complaint_dialogue" DROP CONSTRAINT "fk_complaint_dialogue__complaint_id"`,
    );
    await q.query(
      `ALTER TABLE "complaint_verification_record" DROP CONSTRAINT "fk_complaint_verification_record__recorded_by"`,
    );
    await q.query(
      `ALTER TABLE "complaint_verification_record" DROP CONSTRAINT "fk_complaint_verification_record__complaint_id"`,
    );
    await q.query(
      `ALTER TABLE "complaint_suspension" DROP CONSTRAINT "fk_complaint_suspension__created_by"`,
    );
    await q.query(
      `ALTER TABLE "complaint_suspension" DROP CONSTRAINT "fk_complaint_suspension__complaint_id"`,
    );
    await q.query(
      `ALTER TABLE "complaint_resolution" DROP CONSTRAINT "fk_complaint_resolution__created_by"`,
    );
    await q.query(
      `ALTER TABLE "complaint_resolution" DROP CONSTRAINT "fk_complaint_resolution__decision_id"`,
    );
    await q.query(
      `ALTER TABLE "complaint_resolution" DROP CONSTRAINT "fk_complaint_resolution__verification_decision_id"`,
    );
    await q.query(
      `ALTER TABLE "complaint_resolution" DROP CONSTRAINT "fk_complaint_resolution__verification_lead_id"`,
    );
    await q.query(
      `ALTER TABLE "complaint_resolution" DROP CONSTRAINT "fk_complaint_resolution__first_round_id"`,
    );
    await q.query(
      `ALTER TABLE "complaint_resolution" DROP CONSTRAINT "fk_complaint_resolution__petition_id"`,
    );
    await q.query(
      `ALTER TABLE "complaint_resolution" DROP CONSTRAINT "fk_complaint_resolution__case_id"`,
    );
    await q.query(
      `ALTER TABLE "complaint_resolution" DROP CONSTRAINT "fk_complaint_resolution__agency_id"`,
    );
    await q.query(`DROP TABLE "complaint_dialogue"`);
    await q.query(`DROP TABLE "complaint_verification_record"`);
    await q.query(`DROP TABLE "complaint_suspension"`);
    await q.query(`DROP TABLE "complaint_resolution"`);
  }
}
