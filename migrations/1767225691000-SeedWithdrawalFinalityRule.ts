import type { MigrationInterface, QueryRunner } from 'typeorm';

import { LEGAL_RULE_KN_136 } from '../src/legal/domain/legal-rules-kn136.seed';

/**
 * Rule W1 (Luật số 136/2025/QH15, from 1/7/2026): withdrawn complaint content is not reconsidered
 * unless the withdrawal was coerced — read at the withdrawal (stored as `withdrawal_reconsiderable`)
 * and enforced at the acceptance of a new complaint in the same case. Skipped when a version of
 * the key already exists (an admin may have added one through the API).
 */
export class SeedWithdrawalFinalityRule1767225691000 implements MigrationInterface {
  name = 'SeedWithdrawalFinalityRule1767225691000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const r of LEGAL_RULE_KN_136) {
      await queryRunner.query(
        `INSERT INTO "legal_rule" ("key", "version", "title", "unit", "max_extensions",
           "legal_basis", "effective_from", "effective_to", "note")
         SELECT $1::text, $2::int, $3, NULL, 0, $4, $5::date, $6::date, $7
          WHERE NOT EXISTS (SELECT 1 FROM "legal_rule" WHERE "key" = $1)`,
        [r.key, r.version, r.title, r.legalBasis, r.effectiveFrom, r.effectiveTo, r.note],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const r of LEGAL_RULE_KN_136) {
      await queryRunner.query(
        `DELETE FROM "legal_rule" WHERE "key" = $1 AND "version" = $2 AND "legal_basis" = $3`,
        [r.key, r.version, r.legalBasis],
      );
    }
  }
}
