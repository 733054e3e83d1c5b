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
import { type PetitionLetterData, petitionValues, receivedParagraphs } from './petition-letter';

/**
 * Phiếu chuyển đơn: the petition goes to the competent body. For a denunciation (`confidential`)
 * the petitioner must be a pseudonym and the body is reminded to keep the denouncer secret.
 */
export interface PetitionTransferSlipData extends PetitionLetterData {
  /** The competent body, as written in a sentence. */
  body: string;
  /** The legal basis of the transfer, e.g. "Điều 24 khoản 2 Luật Tố cáo năm 2018". */
  basis: string;
  confidential: boolean;
}

export async function renderPetitionTransferSlip(
  data: PetitionTransferSlipData,
  policy: RenderPolicy,
): Promise<Buffer> {
  const t = documentTemplate('petition-transfer-slip');
  const pdf = beginIssuedDocument({ data, template: t, policy });
  drawAddressee(pdf, administrativeTexts().text('addresseeLabel'), [data.body]);
  const values = { ...petitionValues(data), body: data.body, basis: data.basis };
  const paragraphs = [...receivedParagraphs(data, t, policy), t.fill('transfer', values, policy)];
  if (data.confidential) paragraphs.push(t.fill('secrecy', values, policy));
  paragraphs.push(t.fill('report', values, policy));
  drawParagraphs(pdf, paragraphs);
  const items = [
    t.text('recipientAddressee'),
    t.text('recipientPetitioner'),
    ...(data.recipients ?? []),
  ];
  drawSignatureRow(pdf, {
    left: recipientList(items, data.archive, policy),
    right: signerBlock(data.signer),
  });
  return pdf.finish();
}
