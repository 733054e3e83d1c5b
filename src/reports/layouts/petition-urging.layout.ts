import { drawSignatureRow } from '../pdf/signature';
import { drawAddressee, drawParagraphs } from '../pdf/text-blocks';
import type { RenderPolicy } from '../render-policy';
import { documentTemplate } from '../templates/document-template';
import {
  administrativeTexts,
  beginIssuedDocument,
  recipientList,
  signerBlock,
} from './issued-document';
import { type PetitionLetterData, petitionValues } from './petition-letter';

/** Văn bản đôn đốc: a subordinate body is urged to resolve a petition within its competence. */
export interface PetitionUrgingData extends PetitionLetterData {
  /** The body urged, as written in a sentence. */
  body: string;
}

export async function renderPetitionUrging(
  data: PetitionUrgingData,
  policy: RenderPolicy,
): Promise<Buffer> {
  const t = documentTemplate('petition-urging');
  const pdf = beginIssuedDocument({ data, template: t, policy });
  drawAddressee(pdf, administrativeTexts().text('addresseeLabel'), [data.body]);
  const values = { ...petitionValues(data), body: data.body };
  drawParagraphs(pdf, [
    t.fill('received', values, policy),
    t.fill('competence', values, policy),
    t.fill('urge', values, policy),
  ]);
  drawSignatureRow(pdf, {
    left: recipientList(
      [t.text('recipientAddressee'), ...(data.recipients ?? [])],
      data.archive,
      policy,
    ),
    right: signerBlock(data.signer),
  });
  return pdf.finish();
}
