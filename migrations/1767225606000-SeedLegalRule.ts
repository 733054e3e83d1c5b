import type { MigrationInterface, QueryRunner } from 'typeorm';

import { LEGAL_RULE_SEED } from '../src/legal/domain/legal-rules.seed';

const COLUMNS = [
  'key',
  'version',
  'title',
  'unit',
  'normal_days',
  'complex_days',
  'remote_days',
  'remote_complex_days',
  'extension_days',
  'max_extensions',
  'complex_extension_days',
  'legal_basis',
  'effective_from',
  'effective_to',
  'note',
] as const;

/** `($1, $2, …), ($16, …)` for `rows` rows of `width` parameters. */
function placeholders(rows: number, width: number): string {
  return Array.from({ length: rows }, (_, r) => {
    const cells = Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`);
    return `(${cells.join(', ')})`;
  }).join(', ');
}

/**
 * The default deadline rules D1–D18 (DOMAIN §11, Product decision 1) from LEGAL_RULE_SEED, as
 * parameterised inserts. The seed is constant data (no clock, no environment), so this migration
 * inserts the same rows on every install; legal-rules.seed.spec.ts pins its fingerprint. Later
 * changes to the rules are new versions added by a new migration or POST /legal/rules, never
 * edits of this seed.
 */
export class SeedLegalRule1767225606000 implements MigrationInterface {
  name = 'SeedLegalRule1767225606000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const values = LEGAL_RULE_SEED.flatMap((r) => [
      r.key,
      r.version,
      r.title,
      r.unit,
      r.normalDays,
      r.complexDays,
      r.remoteDays,
      r.remoteComplexDays,
      r.extensionDays,
      r.maxExtensions,
      r.complexExtensionDays ?? null,
      r.legalBasis,
      r.effectiveFrom,
      r.effectiveTo,
      r.note,
    ]);
    const columns = COLUMNS.map((c) => `"${c}"`).join(', ');
    await queryRunner.query(
      `INSERT INTO "legal_rule" (${columns})
       VALUES ${placeholders(LEGAL_RULE_SEED.length, COLUMNS.length)}`,
      values,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM "legal_rule"');
  }
}
