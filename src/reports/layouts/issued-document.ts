import {
  formatAdministrativeDate,
  formatDocumentNumber,
  formatShortDate,
} from '../format/administrative-date';
import { drawAdministrativeHeader } from '../pdf/admin-header';
import { PdfDoc } from '../pdf/pdf-doc';
import type { RecipientList, SignatureBlock } from '../pdf/signature';
import { drawTitle } from '../pdf/text-blocks';
import type { RenderPolicy } from '../render-policy';
import { documentTemplate, type DocumentTemplate } from '../templates/document-template';
import type {
  DocumentIssuer,
  IdentityDocument,
  IssuedDocumentData,
  Signer,
} from './document-types';

/** Texts every administrative document shares (templates/documents/administrative.vi.json). */
export function administrativeTexts(): DocumentTemplate {
  return documentTemplate('administrative');
}

export const issuerInText = (issuer: DocumentIssuer): string => issuer.nameInText ?? issuer.name;

export interface DocumentStart {
  data: IssuedDocumentData;
  template: DocumentTemplate;
  /** Title override (default: the template's "title"). */
  title?: string;
  /** Trích yếu override, e.g. the template's "summary" with its placeholders filled. */
  summary?: string;
  policy: RenderPolicy;
  landscape?: boolean;
}

/**
 * Opens a PDF and draws the NĐ 30/2020 header (issuer, Quốc hiệu, Tiêu ngữ, number with the
 * template's symbol unless the document is unnumbered, place and date) and the title with the template's "summary" (trích yếu).
 */
export function beginIssuedDocument(start: DocumentStart): PdfDoc {
  const { data, template } = start;
  const common = administrativeTexts();
  const title = start.title ?? template.text('title');
  const pdf = new PdfDoc({ policy: start.policy, landscape: start.landscape, title });
  drawAdministrativeHeader(pdf, {
    parent: data.issuer.parent,
    issuer: data.issuer.name,
    numberLine: data.unnumbered
      ? undefined
      : formatDocumentNumber(data.number, `${template.text('symbol')}-${data.issuer.abbreviation}`),
    dateLine: formatAdministrativeDate(data.issuer.place, data.issuedOn),
    nationalTitle: common.text('nationalTitle'),
    motto: common.text('motto'),
  });
  drawTitle(pdf, title, start.summary ?? template.text('summary'));
  return pdf;
}

/** The issuer's signature block. */
export function signerBlock(signer: Signer): SignatureBlock {
  return { authority: signer.authority, title: signer.title, name: signer.name };
}

/** "Nơi nhận:" with the given lines and the archive line "- Lưu: VT, …." last. */
export function recipientList(
  items: readonly string[],
  archive: string | undefined,
  policy: RenderPolicy,
): RecipientList {
  const common = administrativeTexts();
  const archiveLine = common.fill('archive', { extra: archive ? `, ${archive}` : '' }, policy);
  return { label: common.text('recipientsLabel'), items: [...items, archiveLine] };
}

/** "CCCD số 001…, cấp ngày 01/02/2021, nơi cấp: …". */
export function identityDocumentText(document: IdentityDocument, policy: RenderPolicy): string {
  const common = administrativeTexts();
  const parts = [
    common.fill('identityDocument', { kind: document.kind, number: document.number }, policy),
  ];
  if (document.issuedOn) {
    parts.push(
      common.fill('identityIssuedOn', { date: formatShortDate(document.issuedOn) }, policy),
    );
  }
  if (document.issuedBy) {
    parts.push(common.fill('identityIssuedBy', { issuedBy: document.issuedBy }, policy));
  }
  return parts.join(', ');
}
