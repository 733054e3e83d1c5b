import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored replies of POST requests sent with an Idempotency-Key (research A.5.4). The primary key
 * (principal, key) is the unique index a concurrent duplicate waits on; created_at serves purging.
 */
export class CreateIdempotencyKey1767225604000 implements MigrationInterface {
  name = 'CreateIdempotencyKey1767225604000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "idempotency_key" (
        "principal" character varying(64) NOT NULL,
        "key" character varying(255) NOT NULL,
        "request_hash" character(64) NOT NULL,
        "method" character varying(16) NOT NULL,
        "path" character varying(2048) NOT NULL,
        "status_code" integer,
        "response_body" jsonb,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "pk_idempotency_key" PRIMARY KEY ("principal", "key")
      )`);
    await queryRunner.query(
      'CREATE INDEX "ix_idempotency_key__created_at" ON "idempotency_key" ("created_at")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_idempotency_key__created_at"');
    await queryRunner.query('DROP TABLE "idempotency_key"');
  }
}
