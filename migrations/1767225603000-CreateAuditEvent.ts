import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hash-chained audit trail (DESIGN.md §7, research A.5.2). A statement trigger makes the table
 * append-only: UPDATE, DELETE and TRUNCATE fail with SQLSTATE P0001 whoever runs them, until an
 * owner explicitly disables the trigger (which the chain verifier would then expose).
 */
export class CreateAuditEvent1767225603000 implements MigrationInterface {
  name = 'CreateAuditEvent1767225603000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_event" (
        "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "actor_id" uuid,
        "action" character varying(64) NOT NULL,
        "entity_type" character varying(64) NOT NULL,
        "entity_id" character varying(64) NOT NULL,
        "agency_id" uuid,
        "request_id" character varying(64),
        "data" jsonb NOT NULL DEFAULT '{}',
        "prev_hash" character(64) NOT NULL,
        "hash" character(64) NOT NULL,
        CONSTRAINT "pk_audit_event" PRIMARY KEY ("seq")
      )`);
    await queryRunner.query(
      'CREATE INDEX "ix_audit_event__entity_type__entity_id" ON "audit_event" ("entity_type", "entity_id")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_event__agency_id__occurred_at" ON "audit_event" ("agency_id", "occurred_at")',
    );
    await queryRunner.query(`
      CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
          USING ERRCODE = 'P0001',
                HINT = 'Audit rows are never changed or removed; record a new event instead.';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "trg_audit_event__append_only"
        BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_event"
        FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "trg_audit_event__append_only" ON "audit_event"');
    await queryRunner.query('DROP FUNCTION "audit_event_append_only"()');
    await queryRunner.query('DROP INDEX "ix_audit_event__agency_id__occurred_at"');
    await queryRunner.query('DROP INDEX "ix_audit_event__entity_type__entity_id"');
    await queryRunner.query('DROP TABLE "audit_event"');
  }
}
