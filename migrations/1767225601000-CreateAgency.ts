import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The time-versioned agency tree and its successor links. A code belongs to one unit at a time:
 * a partial unique index for the units still in force, and an exclusion constraint (btree_gist)
 * for overlapping validity periods in history.
 */
export class CreateAgency1767225601000 implements MigrationInterface {
  name = 'CreateAgency1767225601000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await queryRunner.query(`
      CREATE TABLE "agency" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" character varying(32) NOT NULL,
        "name" character varying(255) NOT NULL,
        "level" character varying(16) NOT NULL,
        "kind" character varying(32) NOT NULL,
        "parent_id" uuid,
        "valid_from" date NOT NULL,
        "valid_to" date,
        "version" integer NOT NULL DEFAULT 1,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_agency" PRIMARY KEY ("id"),
        CONSTRAINT "ck_agency__level" CHECK ("level" IN ('province', 'district', 'commune')),
        CONSTRAINT "ck_agency__kind" CHECK ("kind" IN ('people_committee', 'inspectorate', 'reception_board', 'department', 'other')),
        CONSTRAINT "ck_agency__valid_to" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"),
        CONSTRAINT "ex_agency__code" EXCLUDE USING gist ("code" WITH =, daterange("valid_from", "valid_to", '[]') WITH &&)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_agency__code" ON "agency" ("code") WHERE "valid_to" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_agency__parent_id" ON "agency" ("parent_id")`);
    await queryRunner.query(
      `CREATE INDEX "ix_agency__valid_from__valid_to" ON "agency" ("valid_from", "valid_to")`,
    );
    await queryRunner.query(
      `ALTER TABLE "agency" ADD CONSTRAINT "fk_agency__parent_id" FOREIGN KEY ("parent_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await this.createSuccession(queryRunner);
  }

  private async createSuccession(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "agency_succession" (
        "predecessor_id" uuid NOT NULL,
        "successor_id" uuid NOT NULL,
        "effective_on" date NOT NULL,
        "kind" character varying(16) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_agency_succession" PRIMARY KEY ("predecessor_id", "successor_id"),
        CONSTRAINT "ck_agency_succession__kind" CHECK ("kind" IN ('merge', 'split', 'rename', 'transfer')),
        CONSTRAINT "ck_agency_succession__successor_id" CHECK ("successor_id" <> "predecessor_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_agency_succession__successor_id" ON "agency_succession" ("successor_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "agency_succession" ADD CONSTRAINT "fk_agency_succession__predecessor_id" FOREIGN KEY ("predecessor_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agency_succession" ADD CONSTRAINT "fk_agency_succession__successor_id" FOREIGN KEY ("successor_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "agency_succession"');
    await queryRunner.query('DROP TABLE "agency"');
    await queryRunner.query('DROP EXTENSION IF EXISTS btree_gist');
  }
}
