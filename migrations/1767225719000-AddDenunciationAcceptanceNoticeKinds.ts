import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = [
  'complaint_first_round',
  'complaint_second_round',
  'denunciation_conclusion',
  'complaint_acceptance_notice',
  'complaint_refusal_notice',
  'denunciation_acceptance',
  'denunciation_refusal_notice',
  'denunciation_extension',
  'verification_assignment',
  'termination',
  'denunciation_result_notice',
];
const NEW_KINDS = ['denunciation_acceptance_notice', 'denunciation_accused_notice'];
const check = (kinds: readonly string[]) =>
  `ALTER TABLE "decision" ADD CONSTRAINT "ck_decision__kind" CHECK ("kind" IN (${kinds
    .map((k) => `'${k}'`)
    .join(', ')}))`;

/**
 * The notices sent with a quyết định thụ lý tố cáo (Luật Tố cáo 2018 Điều 29 khoản 4) — to the
 * denouncer and, about the content only, to the accused — become numbered documents of their own:
 * `decision` rows numbered in the agency's TB register for the year. Proceedings accepted before
 * this migration keep no such row (their notices were never numbered): nothing is back-filled,
 * since a number drawn now would break the register's date order.
 */
export class AddDenunciationAcceptanceNoticeKinds1767225719000 implements MigrationInterface {
  name = 'AddDenunciationAcceptanceNoticeKinds1767225719000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "ck_decision__kind"`);
    await q.query(check([...KINDS, ...NEW_KINDS]));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "decision" WHERE "kind" IN ('${NEW_KINDS.join("', '")}')`);
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "ck_decision__kind"`);
    await q.query(check(KINDS));
  }
}
