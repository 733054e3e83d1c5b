import { drawSignatureRow } from '../pdf/signature';
import { drawBasisLines, drawParagraphs } from '../pdf/text-blocks';
import type { RenderPolicy } from '../render-policy';
import { documentTemplate } from '../templates/document-template';
import { beginIssuedDocument, recipientList, signerBlock } from './issued-document';
import { type PetitionLetterData, petitionValues, receivedParagraphs } from './petition-letter';

/**
 * Thông báo không thụ lý giải quyết khiếu nại, with its ground of Luật Khiếu nại 2011 Điều 11.
 * Addressed to the complainant, so it carries their name.
 */
export interface PetitionNonAcceptanceData extends PetitionLetterData {
  /** The ground as a clause of text, e.g. "thời hiệu khiếu nại đã hết …". */
  ground: string;
  /** Where it is written, e.g. "khoản 6 Điều 11 Luật Khiếu nại năm 2011". */
  clause: string;
}

export async function renderPetitionNonAcceptance(
  data: PetitionNonAcceptanceData,
  policy: RenderPolicy,
): Promise<Buffer> {
  const t = documentTemplate('petition-non-acceptance');
  const pdf = beginIssuedDocument({ data, template: t, policy });
  drawBasisLines(pdf, t.list('basis'));
  const values = { ...petitionValues(data), ground: data.ground, clause: data.clause };
  drawParagraphs(pdf, [
    ...receivedParagraphs(data, t, policy),
    t.fill('decision', values, policy),
    t.fill('ground', values, policy),
    t.fill('closing', values, policy),
  ]);
  const citizen = t.fill('recipientCitizen', values, policy);
  drawSignatureRow(pdf, {
    left: recipientList([citizen, ...(data.recipients ?? [])], data.archive, policy),
    right: signerBlock(data.signer),
  });
  return pdf.finish();
}
