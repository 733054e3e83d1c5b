import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enforcement of legally effective decisions and conclusions (issue 8; DOMAIN §6): the tracked
 * decisions (issued in the system or imported), their items with the required money (whole đồng,
 * numeric(20,0)) or land (m², numeric(14,2)), progress entries and leader reopenings.
 */
export class CreateEnforcement1767225670000 implements MigrationInterface {
  name = 'CreateEnforcement1767225670000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "enforcement_decision" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agency_id" uuid NOT NULL,
      "decision_id" uuid,
      "kind" character varying(40) NOT NULL,
      "source" character varying(16) NOT NULL,
      "number_symbol" character varying(64) NOT NULL,
      "issued_on" date NOT NULL,
      "legal_effect_on" date NOT NULL,
      "enforcement_started_on" date NOT NULL,
      "completed_on" date,
      "created_by" uuid,
      "version" integer NOT NULL DEFAULT '1',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_enforcement_decision__source" CHECK ("source" IN ('system', 'import')),
      CONSTRAINT "ck_enforcement_decision__kind" CHECK ("kind" IN ('complaint_first_round', 'complaint_second_round', 'denunciation_conclusion')),
      CONSTRAINT "pk_enforcement_decision" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_enforcement_decision__agency_id__legal_effect_on"
      ON "enforcement_decision" ("agency_id", "legal_effect_on")`);
    await q.query(`CREATE UNIQUE INDEX "uq_enforcement_decision__decision_id"
      ON "enforcement_decision" ("decision_id")`);
    await q.query(`CREATE TABLE "enforcement_item" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "enforcement_decision_id" uuid NOT NULL,
      "measure_id" uuid,
      "agency_id" uuid NOT NULL,
      "position" smallint NOT NULL,
      "type" character varying(32) NOT NULL,
      "amount" numeric(20,0),
      "area" numeric(14,2),
      "collectives" integer,
      "persons" integer,
      "officials" integer,
      "beneficiaries" integer,
      "description" character varying(2000),
      "responsible_body" character varying(500),
      "due_on" date,
      "status" character varying(16) NOT NULL DEFAULT 'not_started',
      "completed_on" date,
      "version" integer NOT NULL DEFAULT '1',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_enforcement_item__area" CHECK ("area" IS NULL OR "area" > 0),
      CONSTRAINT "ck_enforcement_item__amount" CHECK ("amount" IS NULL OR "amount" > 0),
      CONSTRAINT "ck_enforcement_item__status" CHECK ("status" IN ('not_started', 'in_progress', 'reopened', 'completed')),
      CONSTRAINT "ck_enforcement_item__type" CHECK ("type" IN ('recover_money', 'recover_land', 'return_money_org', 'return_land_org', 'return_money_person', 'return_land_person', 'discipline_org', 'discipline_person', 'refer_investigation', 'other')),
      CONSTRAINT "pk_enforcement_item" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_enforcement_item__measure_id"
      ON "enforcement_item" ("measure_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_enforcement_item__enforcement_decision_id__position"
      ON "enforcement_item" ("enforcement_decision_id", "position")`);
    await q.query(`CREATE TABLE "enforcement_reopening" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "item_id" uuid NOT NULL,
      "on" date NOT NULL,
      "reason" character varying(2000) NOT NULL,
      "by_officer_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_enforcement_reopening" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_enforcement_reopening__item_id"
      ON "enforcement_reopening" ("item_id")`);
    await q.query(`CREATE TABLE "enforcement_progress" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "item_id" uuid NOT NULL,
      "on" date NOT NULL,
      "amount" numeric(20,0),
      "area" numeric(14,2),
      "unit" character varying(4),
      "document_ref" character varying(100) NOT NULL,
      "note" character varying(2000),
      "over_collection_note" character varying(2000),
      "measure" character varying(2000),
      "action" character varying(2000),
      "collectives" integer,
      "persons" integer,
      "officials" integer,
      "cases" integer,
      "voided_by_reopening_id" uuid,
      "created_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_enforcement_progress__unit" CHECK ("unit" IS NULL OR "unit" IN ('VND', 'm2')),
      CONSTRAINT "ck_enforcement_progress__area" CHECK ("area" IS NULL OR "area" > 0),
      CONSTRAINT "ck_enforcement_progress__amount" CHECK ("amount" IS NULL OR "amount" > 0),
      CONSTRAINT "pk_enforcement_progress" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_enforcement_progress__item_id__on"
      ON "enforcement_progress" ("item_id", "on")`);
    for (const [table, column, target] of FOREIGN_KEYS) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "fk_${table}__${column}"
        FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column] of [...FOREIGN_KEYS].reverse()) {
      await q.query(`ALTER TABLE "${table}" DROP CONSTRAINT "fk_${table}__${column}"`);
    }
    await q.query(`DROP INDEX "ix_enforcement_progress__item_id__on"`);
    await q.query(`DROP TABLE "enforcement_progress"`);
    await q.query(`DROP INDEX "ix_enforcement_reopening__item_id"`);
    await q.query(`DROP TABLE "enforcement_reopening"`);
    await q.query(`DROP INDEX "uq_enforcement_item__enforcement_decision_id__position"`);
    await q.query(`DROP INDEX "uq_enforcement_item__measure_id"`);
    await q.query(`DROP TABLE "enforcement_item"`);
    await q.query(`DROP INDEX "uq_enforcement_decision__decision_id"`);
    await q.query(`DROP INDEX "ix_enforcement_decision__agency_id__legal_effect_on"`);
    await q.query(`DROP TABLE "enforcement_decision"`);
  }
}

/** [table, column, referenced table]: every foreign key is ON DELETE RESTRICT. */
const FOREIGN_KEYS: readonly (readonly [string, string, string])[] = [
  ['enforcement_decision', 'agency_id', 'agency'],
  ['enforcement_decision', 'decision_id', 'decision'],
  ['enforcement_decision', 'created_by', 'officer'],
  ['enforcement_item', 'enforcement_decision_id', 'enforcement_decision'],
  ['enforcement_item', 'measure_id', 'decision_measure'],
  ['enforcement_reopening', 'item_id', 'enforcement_item'],
  ['enforcement_reopening', 'by_officer_id', 'officer'],
  ['enforcement_progress', 'item_id', 'enforcement_item'],
  ['enforcement_progress', 'voided_by_reopening_id', 'enforcement_reopening'],
  ['enforcement_progress', 'created_by', 'officer'],
];
