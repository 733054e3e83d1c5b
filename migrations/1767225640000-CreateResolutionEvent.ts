import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The named actions of the complaint and denunciation proceedings (DESIGN §1): actor, time, legal
 * basis. The case timeline reads them in `seq` order; never personal data.
 */
export class CreateResolutionEvent1767225640000 implements MigrationInterface {
  name = 'CreateResolutionEvent1767225640000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "resolution_event" (
      "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
      "proceeding_type" character varying(16) NOT NULL,
      "proceeding_id" uuid NOT NULL,
      "case_id" uuid NOT NULL,
      "agency_id" uuid NOT NULL,
      "action" character varying(48) NOT NULL,
      "actor_id" uuid,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "acted_on" date NOT NULL,
      "legal_basis" character varying(255) NOT NULL,
      "from_status" character varying(24),
      "to_status" character varying(24),
      "data" jsonb NOT NULL DEFAULT '{}',
      CONSTRAINT "ck_resolution_event__proceeding_type" CHECK ("proceeding_type" IN ('complaint', 'denunciation')),
      CONSTRAINT "pk_resolution_event" PRIMARY KEY ("seq"))`);
    await q.query(`CREATE INDEX "ix_resolution_event__case_id__seq"
      ON "resolution_event" ("case_id", "seq")`);
    await q.query(`CREATE INDEX "ix_resolution_event__proceeding_id__seq"
      ON "resolution_event" ("proceeding_id", "seq")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "resolution_event"`);
  }
}
