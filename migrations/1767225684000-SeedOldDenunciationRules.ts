import type { MigrationInterface, QueryRunner } from 'typeorm';

import { LEGAL_RULE_TC_2011 } from '../src/legal/domain/legal-rules-tc2011.seed';

/**
 * The Luật Tố cáo 2011 versions of D11, D12, D13, D15 and D16 (1/7/2012–31/12/2018) from
 * LEGAL_RULE_TC_2011, so that denunciations received before 1/1/2019 get the deadlines of their
 * day. Each takes the next free version number of its key and is skipped when a version already
 * covers part of that period (an admin may have added one through the API).
 */
export class SeedOldDenunciationRules1767225684000 implements MigrationInterface {
  name = 'SeedOldDenunciationRules1767225684000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const r of LEGAL_RULE_TC_2011) {
      await queryRunner.query(
        `INSERT INTO "legal_rule" ("key", "version", "title", "unit", "normal_days", "complex_days",
           "remote_days", "remote_complex_days", "extension_days", "max_extensions",
           "complex_extension_days", "legal_basis", "effective_from", "effective_to", "note")
         SELECT $1::text, COALESCE(MAX("version"), 0) + 1, $2, $3, $4, NULL, NULL, NULL, $5, $6, NULL,
                $7, $8::date, $9::date, $10
           FROM "legal_rule" WHERE "key" = $1
         HAVING NOT bool_or(COALESCE("effective_from" <= $9::date
                  AND ("effective_to" IS NULL OR "effective_to" >= $8::date), false))
             OR COUNT(*) = 0`,
        [
          r.key,
          r.title,
          r.unit,
          r.normalDays,
          r.extensionDays,
          r.maxExtensions,
          r.legalBasis,
          r.effectiveFrom,
          r.effectiveTo,
          r.note,
        ],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const r of LEGAL_RULE_TC_2011) {
      await queryRunner.query(
        `DELETE FROM "legal_rule" WHERE "key" = $1 AND "effective_from" = $2 AND "effective_to" = $3
            AND "legal_basis" = $4`,
        [r.key, r.effectiveFrom, r.effectiveTo, r.legalBasis],
      );
    }
  }
}
