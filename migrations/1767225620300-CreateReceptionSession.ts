import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reception sessions (kỳ tiếp) of heads: planned, held or cancelled. */
export class CreateReceptionSession1767225620300 implements MigrationInterface {
  name = 'CreateReceptionSession1767225620300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "reception_session" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "agency_id" uuid NOT NULL,
      "head_name" character varying(255) NOT NULL,
      "head_title" character varying(255) NOT NULL,
      "planned_on" date NOT NULL,
      "place" character varying(500) NOT NULL,
      "status" character varying(16) NOT NULL DEFAULT 'planned',
      "held_on" date,
      "cancel_reason" character varying(500),
      "created_by" uuid NOT NULL,
      "version" integer NOT NULL DEFAULT '1',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_reception_session__held_on" CHECK (("status" = 'held') = ("held_on" IS NOT NULL)),
      CONSTRAINT "ck_reception_session__status" CHECK ("status" IN ('planned', 'held', 'cancelled')),
      CONSTRAINT "pk_reception_session" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_reception_session__agency_id__planned_on"
      ON "reception_session" ("agency_id", "planned_on")`);
    await q.query(`CREATE INDEX "ix_reception_session__agency_id__held_on"
      ON "reception_session" ("agency_id", "held_on")`);
    await q.query(`ALTER TABLE "reception_session" ADD CONSTRAINT "fk_reception_session__agency_id"
      FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "reception_session" ADD CONSTRAINT "fk_reception_session__created_by"
      FOREIGN KEY ("created_by") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "reception_session" DROP CONSTRAINT "fk_reception_session__created_by"`,
    );
    await q.query(
      `ALTER TABLE "reception_session" DROP CONSTRAINT "fk_reception_session__agency_id"`,
    );
    await q.query(`DROP TABLE "reception_session"`);
  }
}
