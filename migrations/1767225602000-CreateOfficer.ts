import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Officer accounts, their sessions (one per login) and per-username login throttling. */
export class CreateOfficer1767225602000 implements MigrationInterface {
  name = 'CreateOfficer1767225602000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "officer" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "username" character varying(64) NOT NULL,
      "full_name" character varying(255) NOT NULL,
      "agency_id" uuid NOT NULL,
      "roles" character varying(32) array NOT NULL,
      "password_hash" character varying(255) NOT NULL,
      "is_disabled" boolean NOT NULL DEFAULT false,
      "token_version" integer NOT NULL DEFAULT '1',
      "totp_secret_sealed" character varying(255),
      "is_totp_enabled" boolean NOT NULL DEFAULT false,
      "totp_last_time_step" bigint,
      "version" integer NOT NULL DEFAULT '1',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ck_officer__roles" CHECK (cardinality("roles") >= 1),
      CONSTRAINT "ck_officer__username" CHECK ("username" = lower("username") AND length("username") >= 3),
      CONSTRAINT "pk_officer" PRIMARY KEY ("id"))`);
    // Roles outside the known set are refused by the database too (not only by the DTO).
    await q.query(`ALTER TABLE "officer" ADD CONSTRAINT "ck_officer__known_roles" CHECK ("roles" <@
      ARRAY['admin','reception_officer','petition_handler','investigator','leader','oversight']::varchar[])`);
    await q.query(`CREATE UNIQUE INDEX "uq_officer__username" ON "officer" ("username")`);
    await q.query(`CREATE INDEX "ix_officer__agency_id" ON "officer" ("agency_id")`);
    await q.query(`CREATE TABLE "auth_session" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "officer_id" uuid NOT NULL,
      "assurance" character varying(32) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "revoked_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "ck_auth_session__assurance" CHECK ("assurance" IN ('full', 'totp_enrolment')),
      CONSTRAINT "pk_auth_session" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_auth_session__officer_id" ON "auth_session" ("officer_id")`);
    await q.query(`CREATE TABLE "login_throttle" (
      "username" character varying(64) NOT NULL,
      "consecutive_failures" integer NOT NULL,
      "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "locked_until" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "pk_login_throttle" PRIMARY KEY ("username"))`);
    await q.query(`ALTER TABLE "officer" ADD CONSTRAINT "fk_officer__agency_id" FOREIGN KEY ("agency_id")
      REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "auth_session" ADD CONSTRAINT "fk_auth_session__officer_id"
      FOREIGN KEY ("officer_id") REFERENCES "officer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "auth_session" DROP CONSTRAINT "fk_auth_session__officer_id"`);
    await q.query(`ALTER TABLE "officer" DROP CONSTRAINT "fk_officer__agency_id"`);
    await q.query(`DROP TABLE "login_throttle"`);
    await q.query(`DROP TABLE "auth_session"`);
    await q.query(`DROP TABLE "officer"`);
  }
}
