import type { MigrationInterface, QueryRunner } from 'typeorm';

/** unaccent + pg_trgm for Vietnamese text search with and without diacritics; pgcrypto for UUIDs. */
export class EnableExtensions1767225600000 implements MigrationInterface {
  name = 'EnableExtensions1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
    await queryRunner.query('DROP EXTENSION IF EXISTS unaccent');
    await queryRunner.query('DROP EXTENSION IF EXISTS pgcrypto');
  }
}
