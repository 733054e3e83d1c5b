import { drawSignatureRow } from '../pdf/signature';
import { drawBasisLines, drawParagraphs } from '../pdf/text-blocks';
import type { RenderPolicy } from '../render-policy';
import { documentTemplate, type DocumentTemplate } from '../templates/document-template';
import { fillPlaceholders } from '../templates/fill-placeholders';
import type { CitizenRef, IssuedDocumentData, Signer } from './document-types';
import { beginIssuedDocument, issuerInText, recipientList, signerBlock } from './issued-document';

/** Grounds of Luật Tiếp công dân 2013 Điều 9, khoản 1–4 (DOMAIN §2.4). */
export type RefusalGround = 'incapacitated' | 'disorderly' | 'persistent_resolved' | 'other';

/**
 * Thông báo từ chối tiếp công dân, signed by the head of the body responsible for reception
 * (for khoản 3 the written notice is required). Addressed to the refused person.
 */
export interface ReceptionRefusalNoticeData extends IssuedDocumentData {
  citizen: CitizenRef;
  ground: RefusalGround;
  /** Required for `other`: the case and the provision of law it rests on. */
  otherGround?: string;
  /** The matter the person keeps raising. */
  matter: string;
  /** How it was resolved, reviewed and answered (decision numbers, dates); expected for khoản 3. */
  priorHandling?: string;
  signer: Signer;
  /** Extra "Nơi nhận" lines after the person; archive suffix, e.g. "BTCD". */
  recipients?: readonly string[];
  archive?: string;
}

function bodyParagraphs(
  data: ReceptionRefusalNoticeData,
  t: DocumentTemplate,
  policy: RenderPolicy,
): string[] {
  const issuer = issuerInText(data.issuer);
  const name = data.citizen.displayName;
  const { address } = data.citizen;
  const paragraphs = [
    address
      ? t.fill('matter', { name, address, matter: data.matter }, policy)
      : t.fill('matterNoAddress', { name, matter: data.matter }, policy),
  ];
  if (data.priorHandling) {
    paragraphs.push(t.fill('priorHandling', { priorHandling: data.priorHandling }, policy));
  }
  // The "other" ground's text is {{otherGround}}: missing it is a render problem.
  const groundValues: Record<string, string> =
    data.otherGround === undefined ? {} : { otherGround: data.otherGround };
  const ground = fillPlaceholders(t.entry('grounds', data.ground), groundValues, policy);
  const article = t.entry('articles', data.ground);
  paragraphs.push(
    t.fill('operative', { issuer, name }, policy),
    t.fill('ground', { ground, article }, policy),
    t.fill('closing', { issuer, name }, policy),
  );
  return paragraphs;
}

export async function renderReceptionRefusalNotice(
  data: ReceptionRefusalNoticeData,
  policy: RenderPolicy,
): Promise<Buffer> {
  const t = documentTemplate('reception-refusal-notice');
  const pdf = beginIssuedDocument({ data, template: t, policy });
  drawBasisLines(pdf, t.list('basis'));
  drawParagraphs(pdf, bodyParagraphs(data, t, policy));
  const citizenLine = t.fill('recipientCitizen', { name: data.citizen.displayName }, policy);
  drawSignatureRow(pdf, {
    left: recipientList([citizenLine, ...(data.recipients ?? [])], data.archive, policy),
    right: signerBlock(data.signer),
  });
  return pdf.finish();
}
