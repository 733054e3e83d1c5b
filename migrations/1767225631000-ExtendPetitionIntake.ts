import type { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = `
  ADD "sender_body" character varying(255),
  ADD "dispatch_no" character varying(64),
  ADD "dispatch_on" date,
  ADD "respondent" character varying(500),
  ADD "signatory_kind" character varying(8) NOT NULL DEFAULT 'one',
  ADD "parent_id" uuid,
  ADD "part_no" smallint,
  ADD "check_due_on" date,
  ADD "check_rule_version" integer,
  ADD "check_extended" boolean NOT NULL DEFAULT false,
  ADD "transfer_due_on" date,
  ADD "transfer_rule_version" integer,
  ADD "due_on" date,
  ADD "handler_id" uuid,
  ADD "eligibility" jsonb,
  ADD "is_eligible" boolean,
  ADD "is_in_competence" boolean,
  ADD "resolution_status" character varying(24),
  ADD "outcome" character varying(32),
  ADD "handled_on" date,
  ADD "outcome_body" character varying(500),
  ADD "not_acceptable_ground" character varying(40),
  ADD "outcome_note" character varying(2000),
  ADD "denouncer_notified_on" date`;

const CHECKS = `
  ADD CONSTRAINT "ck_petition__resolution_status" CHECK ("resolution_status" IN ('not_resolved',
    'resolving', 'resolved_first', 'resolved_many', 'court_judgment')),
  ADD CONSTRAINT "ck_petition__not_acceptable_ground" CHECK ("not_acceptable_ground" IN
    ('internal_or_secret_act', 'not_directly_concerned', 'no_capacity_no_representative',
     'unlawful_representative', 'not_signed', 'limitation_expired', 'second_decision_exists',
     'terminated_not_continued', 'court_accepted')),
  ADD CONSTRAINT "ck_petition__outcome" CHECK ("outcome" IN ('propose_acceptance',
    'propose_resolution', 'not_acceptable', 'guide', 'forward', 'urge', 'return_originals',
    'return_misrouted', 'refer_investigation', 'refer_party', 'file')),
  ADD CONSTRAINT "ck_petition__signatory_kind" CHECK ("signatory_kind" IN ('many', 'one', 'other')),
  ADD CONSTRAINT "fk_petition__parent_id" FOREIGN KEY ("parent_id") REFERENCES "petition"("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION,
  ADD CONSTRAINT "fk_petition__handler_id" FOREIGN KEY ("handler_id") REFERENCES "officer"("id")
    ON DELETE RESTRICT ON UPDATE NO ACTION`;

const OPEN = `WHERE "status" IN ('received', 'checked')`;

/** Every list filter of GET /petitions and the worklists (open petitions by due date). */
const INDEXES = [
  `"ix_petition__agency_id__received_on__id" ON "petition" ("agency_id", "received_on", "id")`,
  `"ix_petition__agency_id__type__received_on__id"
    ON "petition" ("agency_id", "type", "received_on", "id")`,
  `"ix_petition__agency_id__source__received_on__id"
    ON "petition" ("agency_id", "source", "received_on", "id")`,
  `"ix_petition__agency_id__field__received_on__id"
    ON "petition" ("agency_id", "field", "received_on", "id")`,
  `"ix_petition__agency_id__status__received_on__id"
    ON "petition" ("agency_id", "status", "received_on", "id")`,
  `"ix_petition__agency_id__outcome__received_on__id"
    ON "petition" ("agency_id", "outcome", "received_on", "id")`,
  `"ix_petition__handler_id__received_on__id" ON "petition" ("handler_id", "received_on", "id")`,
  `"ix_petition__created_by__received_on__id" ON "petition" ("created_by", "received_on", "id")`,
  `"ix_petition__agency_id__due_on" ON "petition" ("agency_id", "due_on") ${OPEN}`,
  `"ix_petition__handler_id__due_on" ON "petition" ("handler_id", "due_on") ${OPEN}`,
  `"ix_petition__parent_id" ON "petition" ("parent_id")`,
];

/**
 * Petition intake and handling (DOMAIN §3): source and dispatch, signatories, respondent, parts of
 * split petitions, eligibility, competence, outcome, D11/D12 and the worklist due date, handler;
 * the signatories, history and replies tables. Petitions recorded by reception get their
 * signatories (from their person links), due date (D1) and first event.
 */
export class ExtendPetitionIntake1767225631000 implements MigrationInterface {
  name = 'ExtendPetitionIntake1767225631000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "petition" ${COLUMNS}`);
    await q.query(`UPDATE "petition" SET "due_on" = "handling_due_on"`);
    await q.query(`ALTER TABLE "petition" ALTER COLUMN "due_on" SET NOT NULL`);
    await q.query(`ALTER TABLE "petition" ${CHECKS}`);
    await q.query(`DROP INDEX "ix_petition__agency_id__received_on"`);
    for (const index of INDEXES) await q.query(`CREATE INDEX ${index}`);
    await this.createSignatory(q);
    await this.createEvent(q);
    await this.createReply(q);
    await this.backfill(q);
  }

  private async createSignatory(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "petition_signatory" (
      "petition_id" uuid NOT NULL,
      "position" smallint NOT NULL,
      "person_id" uuid NOT NULL,
      CONSTRAINT "pk_petition_signatory" PRIMARY KEY ("petition_id", "position"))`);
    await q.query(`CREATE INDEX "ix_petition_signatory__person_id"
      ON "petition_signatory" ("person_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_petition_signatory__petition_id__person_id"
      ON "petition_signatory" ("petition_id", "person_id")`);
    await q.query(`ALTER TABLE "petition_signatory"
      ADD CONSTRAINT "fk_petition_signatory__petition_id" FOREIGN KEY ("petition_id")
        REFERENCES "petition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
      ADD CONSTRAINT "fk_petition_signatory__person_id" FOREIGN KEY ("person_id")
        REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  private async createEvent(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "petition_event" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "petition_id" uuid NOT NULL,
      "action" character varying(32) NOT NULL,
      "from_status" character varying(32),
      "to_status" character varying(32) NOT NULL,
      "actor_id" uuid,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "legal_basis" character varying(255),
      "data" jsonb NOT NULL DEFAULT '{}',
      CONSTRAINT "pk_petition_event" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_petition_event__petition_id__occurred_at"
      ON "petition_event" ("petition_id", "occurred_at")`);
    await q.query(`ALTER TABLE "petition_event"
      ADD CONSTRAINT "fk_petition_event__petition_id" FOREIGN KEY ("petition_id")
        REFERENCES "petition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
      ADD CONSTRAINT "fk_petition_event__actor_id" FOREIGN KEY ("actor_id")
        REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  private async createReply(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "petition_reply" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "petition_id" uuid NOT NULL,
      "from_body" character varying(255) NOT NULL,
      "reply_no" character varying(64) NOT NULL,
      "reply_on" date NOT NULL,
      "summary" character varying(2000),
      "recorded_by" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_petition_reply" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE INDEX "ix_petition_reply__petition_id" ON "petition_reply" ("petition_id")`,
    );
    await q.query(`CREATE INDEX "ix_petition_reply__reply_on" ON "petition_reply" ("reply_on")`);
    await q.query(`ALTER TABLE "petition_reply"
      ADD CONSTRAINT "fk_petition_reply__petition_id" FOREIGN KEY ("petition_id")
        REFERENCES "petition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
      ADD CONSTRAINT "fk_petition_reply__recorded_by" FOREIGN KEY ("recorded_by")
        REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  /** Petitions already recorded at the desk: their signatories, kind and first event. */
  private async backfill(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO "petition_signatory" ("petition_id", "position", "person_id")
      SELECT record_id, (row_number() OVER (PARTITION BY record_id ORDER BY created_at, id) - 1),
             person_id
        FROM "person_record_link" WHERE record_type = 'petition'`);
    await q.query(`UPDATE "petition" p SET "signatory_kind" = CASE
        WHEN n.count > 1 THEN 'many' WHEN n.count = 1 THEN 'one' ELSE 'other' END
      FROM (SELECT p2.id, count(s.person_id) AS count FROM "petition" p2
              LEFT JOIN "petition_signatory" s ON s.petition_id = p2.id GROUP BY p2.id) n
      WHERE n.id = p.id`);
    await q.query(`INSERT INTO "petition_event"
        ("petition_id", "action", "to_status", "actor_id", "occurred_at", "legal_basis", "data")
      SELECT id, 'receive', status, created_by, created_at, NULL,
             jsonb_build_object('bookYear', book_year, 'bookNo', book_no, 'source', source)
        FROM "petition"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "petition_reply"`);
    await q.query(`DROP TABLE "petition_event"`);
    await q.query(`DROP TABLE "petition_signatory"`);
    for (const index of INDEXES) await q.query(`DROP INDEX ${index.split(' ON ')[0]}`);
    await q.query(`CREATE INDEX "ix_petition__agency_id__received_on"
      ON "petition" ("agency_id", "received_on")`);
    await q.query(`ALTER TABLE "petition"
      DROP CONSTRAINT "fk_petition__handler_id", DROP CONSTRAINT "fk_petition__parent_id",
      DROP CONSTRAINT "ck_petition__signatory_kind", DROP CONSTRAINT "ck_petition__outcome",
      DROP CONSTRAINT "ck_petition__not_acceptable_ground",
      DROP CONSTRAINT "ck_petition__resolution_status"`);
    const columns = COLUMNS.split(',').map((c) => c.trim().split(' ')[1]);
    await q.query(`ALTER TABLE "petition" ${columns.map((c) => `DROP COLUMN ${c}`).join(', ')}`);
  }
}
