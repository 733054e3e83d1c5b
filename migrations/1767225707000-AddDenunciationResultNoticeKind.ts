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
];
const check = (kinds: readonly string[]) =>
  `ALTER TABLE "decision" ADD CONSTRAINT "ck_decision__kind" CHECK ("kind" IN (${kinds
    .map((k) => `'${k}'`)
    .join(', ')}))`;

/**
 * Thông báo kết quả giải quyết tố cáo (Luật Tố cáo 2018 Điều 35 khoản 2) becomes a numbered
 * document of its own: a `decision` row numbered in the agency's TB register for the year.
 */
export class AddDenunciationResultNoticeKind1767225707000 implements MigrationInterface {
  name = 'AddDenunciationResultNoticeKind1767225707000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "ck_decision__kind"`);
    await q.query(check([...KINDS, 'denunciation_result_notice']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "decision" WHERE "kind" = 'denunciation_result_notice'`);
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "ck_decision__kind"`);
    await q.query(check(KINDS));
  }
}
