import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Versioned deadline rules (DESIGN §4, DOMAIN §11): one row per (key, version). */
export class CreateLegalRule1767225605000 implements MigrationInterface {
  name = 'CreateLegalRule1767225605000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "legal_rule" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "key" character varying(8) NOT NULL,
        "version" integer NOT NULL,
        "title" character varying(255) NOT NULL,
        "unit" character varying(16),
        "normal_days" integer,
        "complex_days" integer,
        "remote_days" integer,
        "remote_complex_days" integer,
        "extension_days" integer,
        "max_extensions" integer NOT NULL DEFAULT 0,
        "complex_extension_days" integer,
        "legal_basis" text NOT NULL,
        "effective_from" date NOT NULL,
        "effective_to" date,
        "note" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_legal_rule__unit" CHECK ("unit" IS NULL OR "unit" IN ('calendar_days', 'working_days')),
        CONSTRAINT "pk_legal_rule" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_legal_rule__key__version" ON "legal_rule" ("key", "version")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_legal_rule__key__effective_from" ON "legal_rule" ("key", "effective_from")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_legal_rule__key__effective_from"');
    await queryRunner.query('DROP INDEX "uq_legal_rule__key__version"');
    await queryRunner.query('DROP TABLE "legal_rule"');
  }
}
