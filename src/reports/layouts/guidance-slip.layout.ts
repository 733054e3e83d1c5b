import { formatLongDate } from '../format/administrative-date';
import { drawSignatureRow } from '../pdf/signature';
import { drawAddressee, drawParagraphs } from '../pdf/text-blocks';
import type { RenderPolicy } from '../render-policy';
import { documentTemplate, type DocumentTemplate } from '../templates/document-template';
import type { CitizenRef, IssuedDocumentData, LocalDate, Signer } from './document-types';
import {
  administrativeTexts,
  beginIssuedDocument,
  issuerInText,
  recipientList,
  signerBlock,
} from './issued-document';

/**
 * Phiếu hướng dẫn: the matter is outside the issuer's competence; tells the citizen which body to
 * address and why. Addressed to the citizen, so it carries their name and address.
 */
export interface GuidanceSlipData extends IssuedDocumentData {
  citizen: CitizenRef;
  /** How the matter reached the issuer: received in person, or a written petition. */
  channel: 'in_person' | 'petition';
  receivedOn: LocalDate;
  /** Summary of what the citizen asks. */
  content: string;
  /** The competent body, as written in a sentence, and optionally its address. */
  competentBody: { name: string; address?: string };
  /** Why it is outside the issuer's competence, with the legal basis, e.g. "theo Điều 18 …". */
  reason: string;
  signer: Signer;
  /** Extra "Nơi nhận" lines (the citizen is "Như trên"); archive suffix, e.g. "BTCD". */
  recipients?: readonly string[];
  archive?: string;
}

function bodyParagraphs(
  data: GuidanceSlipData,
  t: DocumentTemplate,
  policy: RenderPolicy,
): string[] {
  const issuer = issuerInText(data.issuer);
  const name = data.citizen.displayName;
  const received = t.fill(
    data.channel === 'in_person' ? 'receivedInPerson' : 'receivedPetition',
    { date: capitalise(formatLongDate(data.receivedOn)), issuer, name },
    policy,
  );
  const paragraphs = [
    received,
    data.content,
    t.fill('reason', { issuer, reason: data.reason }, policy),
    t.fill('guidance', { issuer, body: data.competentBody.name }, policy),
  ];
  if (data.competentBody.address) {
    paragraphs.push(
      t.fill(
        'bodyAddress',
        { body: data.competentBody.name, address: data.competentBody.address },
        policy,
      ),
    );
  }
  paragraphs.push(t.fill('closing', { issuer, name }, policy));
  return paragraphs;
}

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

export async function renderGuidanceSlip(
  data: GuidanceSlipData,
  policy: RenderPolicy,
): Promise<Buffer> {
  const t = documentTemplate('guidance-slip');
  const pdf = beginIssuedDocument({ data, template: t, policy });
  const addressees = [t.fill('addressee', { name: data.citizen.displayName }, policy)];
  drawAddressee(pdf, administrativeTexts().text('addresseeLabel'), addressees);
  if (data.citizen.address) {
    drawParagraphs(pdf, [t.fill('addresseeAddress', { address: data.citizen.address }, policy)], {
      align: 'center',
      indent: 0,
    });
  }
  drawParagraphs(pdf, bodyParagraphs(data, t, policy));
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
