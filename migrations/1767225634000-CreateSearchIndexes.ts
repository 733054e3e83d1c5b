import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vietnamese text search with and without diacritics: `search_text(x)` = lower(unaccent(x))
 * ("Khiếu nại … đất" and "khieu nai … dat" give the same text), declared IMMUTABLE so that GIN
 * trigram (pg_trgm) indexes can use it. unaccent() itself is only STABLE (its dictionary can be
 * changed), so the wrapper names the dictionary explicitly. Used by case matching (summary,
 * respondent) and the petition list's text filter.
 */
export class CreateSearchIndexes1767225634000 implements MigrationInterface {
  name = 'CreateSearchIndexes1767225634000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION "search_text"(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);
    await q.query(`CREATE INDEX "ix_case__summary_trgm"
      ON "case" USING gin ("search_text"("summary") gin_trgm_ops)`);
    await q.query(`CREATE INDEX "ix_case__respondent_trgm"
      ON "case" USING gin ("search_text"("respondent") gin_trgm_ops)`);
    await q.query(`CREATE INDEX "ix_petition__summary_trgm"
      ON "petition" USING gin ("search_text"("summary") gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_petition__summary_trgm"`);
    await q.query(`DROP INDEX "ix_case__respondent_trgm"`);
    await q.query(`DROP INDEX "ix_case__summary_trgm"`);
    await q.query(`DROP FUNCTION "search_text"(text)`);
  }
}
