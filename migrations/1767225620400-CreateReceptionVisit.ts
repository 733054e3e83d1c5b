import type { MigrationInterface, QueryRunner } from 'typeorm';

const FIELDS = `'admin_policy', 'admin_land_housing', 'admin_civil_service', 'admin_other',
  'corruption', 'judicial', 'party_mass_org', 'other'`;

const CREATE_VISIT_SQL = `CREATE TABLE "reception_visit" (
      "id" uuid NOT NULL,
      "agency_id" uuid NOT NULL,
      "book_year" smallint NOT NULL,
      "visit_no" integer NOT NULL,
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "visit_on" date NOT NULL,
      "reception_kind" character varying(32) NOT NULL,
      "receiving_officer_id" uuid NOT NULL,
      "presiding_head_name" character varying(255),
      "presiding_head_title" character varying(255),
      "session_id" uuid,
      "persons_count" integer NOT NULL,
      "is_delegation" boolean NOT NULL,
      "content_type" character varying(16) NOT NULL,
      "field" character varying(32) NOT NULL,
      "summary" character varying(2000) NOT NULL,
      "earlier_handling_body" character varying(500),
      "earlier_decision_no" character varying(100),
      "outcome" character varying(32) NOT NULL,
      "refusal_ground" character varying(32),
      "refusal_notice_no" character varying(64),
      "refusal_notice_on" date,
      "guided_to" character varying(500),
      "forwarded_to" character varying(500),
      "case_id" uuid NOT NULL,
      "is_first_time" boolean NOT NULL,
      "petition_id" uuid,
      "created_by" uuid NOT NULL,
      "version" integer NOT NULL DEFAULT '1',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_reception_visit__visit_no" CHECK ("visit_no" >= 1),
      CONSTRAINT "ck_reception_visit__presiding_head_name" CHECK (("reception_kind" IN
        ('head_periodic', 'head_unscheduled', 'delegated')) = ("presiding_head_name" IS NOT NULL)),
      CONSTRAINT "ck_reception_visit__is_delegation" CHECK ("is_delegation" = ("persons_count" >= 5)),
      CONSTRAINT "ck_reception_visit__persons_count" CHECK ("persons_count" >= 1),
      CONSTRAINT "ck_reception_visit__refusal_notice_no" CHECK (("refusal_ground" = 'repeated_resolved_matter')
        = ("refusal_notice_no" IS NOT NULL AND "refusal_notice_on" IS NOT NULL)),
      CONSTRAINT "ck_reception_visit__refusal_ground" CHECK (("refusal_ground" IS NULL OR "refusal_ground" IN
        ('incapacitated', 'threatening_or_disruptive', 'repeated_resolved_matter', 'other'))
        AND ("outcome" = 'refused') = ("refusal_ground" IS NOT NULL)),
      CONSTRAINT "ck_reception_visit__outcome" CHECK ("outcome" IN ('received_for_handling', 'guided',
        'forwarded', 'explained', 'resolved_on_spot', 'assigned_for_check', 'refused')),
      CONSTRAINT "ck_reception_visit__field" CHECK ("field" IN (${FIELDS})),
      CONSTRAINT "ck_reception_visit__content_type"
        CHECK ("content_type" IN ('complaint', 'denunciation', 'petition', 'feedback', 'mixed')),
      CONSTRAINT "ck_reception_visit__reception_kind" CHECK ("reception_kind" IN
        ('regular', 'head_periodic', 'head_unscheduled', 'delegated', 'online')),
      CONSTRAINT "pk_reception_visit" PRIMARY KEY ("id"))`;

/**
 * Visits (lượt tiếp, one line of the reception book) and their listed visitors. Every list filter
 * has an index led by agency_id (the scope) and ending in visit_on (the period).
 */
export class CreateReceptionVisit1767225620400 implements MigrationInterface {
  name = 'CreateReceptionVisit1767225620400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(CREATE_VISIT_SQL);
    for (const sql of VISIT_INDEXES) await q.query(sql);
    await q.query(`CREATE TABLE "reception_visit_person" (
      "visit_id" uuid NOT NULL,
      "position" smallint NOT NULL,
      "person_id" uuid NOT NULL,
      "role" character varying(16) NOT NULL,
      CONSTRAINT "ck_reception_visit_person__role"
        CHECK ("role" IN ('visitor', 'representative', 'member')),
      CONSTRAINT "pk_reception_visit_person" PRIMARY KEY ("visit_id", "position"))`);
    await q.query(`CREATE INDEX "ix_reception_visit_person__person_id"
      ON "reception_visit_person" ("person_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_reception_visit_person__visit_id__person_id"
      ON "reception_visit_person" ("visit_id", "person_id")`);
    for (const [table, column, target] of FOREIGN_KEYS) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "fk_${table}__${column}"
        FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column] of [...FOREIGN_KEYS].reverse()) {
      await q.query(`ALTER TABLE "${table}" DROP CONSTRAINT "fk_${table}__${column}"`);
    }
    await q.query(`DROP TABLE "reception_visit_person"`);
    await q.query(`DROP TABLE "reception_visit"`);
  }
}

const VISIT_INDEXES = [
  `CREATE UNIQUE INDEX "uq_reception_visit__agency_id__book_year__visit_no"
     ON "reception_visit" ("agency_id", "book_year", "visit_no")`,
  // The list: scope + period, keyset (visit_on, id); the second for wide scopes (city leaders).
  `CREATE INDEX "ix_reception_visit__agency_id__visit_on__id"
     ON "reception_visit" ("agency_id", "visit_on", "id")`,
  `CREATE INDEX "ix_reception_visit__visit_on__id" ON "reception_visit" ("visit_on", "id")`,
  `CREATE INDEX "ix_reception_visit__agency_id__reception_kind__visit_on"
     ON "reception_visit" ("agency_id", "reception_kind", "visit_on")`,
  `CREATE INDEX "ix_reception_visit__agency_id__content_type__visit_on"
     ON "reception_visit" ("agency_id", "content_type", "visit_on")`,
  `CREATE INDEX "ix_reception_visit__agency_id__outcome__visit_on"
     ON "reception_visit" ("agency_id", "outcome", "visit_on")`,
  `CREATE INDEX "ix_reception_visit__agency_id__is_delegation__visit_on"
     ON "reception_visit" ("agency_id", "is_delegation", "visit_on")`,
  `CREATE INDEX "ix_reception_visit__receiving_officer_id__visit_on"
     ON "reception_visit" ("receiving_officer_id", "visit_on")`,
  // First-time / repeat: earlier visits of the same case at this agency.
  `CREATE INDEX "ix_reception_visit__case_id__agency_id" ON "reception_visit" ("case_id", "agency_id")`,
  `CREATE INDEX "ix_reception_visit__session_id" ON "reception_visit" ("session_id")`,
  `CREATE UNIQUE INDEX "uq_reception_visit__petition_id" ON "reception_visit" ("petition_id")`,
];

const FOREIGN_KEYS: readonly (readonly [string, string, string])[] = [
  ['reception_visit', 'agency_id', 'agency'],
  ['reception_visit', 'receiving_officer_id', 'officer'],
  ['reception_visit', 'session_id', 'reception_session'],
  ['reception_visit', 'case_id', 'case'],
  ['reception_visit', 'petition_id', 'petition'],
  ['reception_visit', 'created_by', 'officer'],
  ['reception_visit_person', 'visit_id', 'reception_visit'],
  ['reception_visit_person', 'person_id', 'person'],
];
