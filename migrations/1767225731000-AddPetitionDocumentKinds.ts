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
  'denunciation_acceptance_notice',
  'denunciation_accused_notice',
];
const NEW_KINDS = [
  'petition_non_acceptance',
  'petition_transfer_slip',
  'petition_urging_letter',
  'petition_guidance',
];
const TYPES = [
  'decision',
  'notice',
  'conclusion',
  'report',
  'minutes',
  'plan',
  'invitation',
  'transfer_slip',
  'submission',
];
const NEW_TYPES = ['urging_letter', 'guidance_slip'];

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const check = (name: string, column: string, values: readonly string[]) =>
  `ALTER TABLE "decision" ADD CONSTRAINT "${name}" CHECK ("${column}" IN (${list(values)}))`;

/**
 * The documents of petition handling that leave the agency (TT 05/2021/TT-TTCP; DOMAIN §3.5,
 * §8.1) — thông báo không thụ lý (TB), phiếu chuyển đơn (PC), văn bản đôn đốc (ĐĐ), phiếu hướng
 * dẫn (PHD) — become `decision` rows of proceeding type 'petition', numbered in the agency's
 * register of their type for the year by the outcome step. Petitions handled before this
 * migration keep a blank number: nothing is back-filled, since a number drawn now would break the
 * register's date order. The internal proposal slip (phiếu đề xuất) stays unnumbered.
 */
export class AddPetitionDocumentKinds1767225731000 implements MigrationInterface {
  name = 'AddPetitionDocumentKinds1767225731000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "ck_decision__kind"`);
    await q.query(check('ck_decision__kind', 'kind', [...KINDS, ...NEW_KINDS]));
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "ck_decision__document_type"`);
    await q.query(check('ck_decision__document_type', 'document_type', [...TYPES, ...NEW_TYPES]));
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "ck_decision__proceeding_type"`);
    await q.query(
      check('ck_decision__proceeding_type', 'proceeding_type', [
        'complaint',
        'denunciation',
        'petition',
      ]),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "decision" WHERE "proceeding_type" = 'petition'`);
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "ck_decision__proceeding_type"`);
    await q.query(
      check('ck_decision__proceeding_type', 'proceeding_type', ['complaint', 'denunciation']),
    );
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "ck_decision__document_type"`);
    await q.query(check('ck_decision__document_type', 'document_type', TYPES));
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "ck_decision__kind"`);
    await q.query(check('ck_decision__kind', 'kind', KINDS));
  }
}
