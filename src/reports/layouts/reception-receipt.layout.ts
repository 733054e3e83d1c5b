import { formatClockTime, formatLongDate } from '../format/administrative-date';
import { formatInteger } from '../format/vi-number';
import { drawSignatureRow } from '../pdf/signature';
import { drawTable } from '../pdf/table';
import type { PdfDoc } from '../pdf/pdf-doc';
import { drawParagraphs } from '../pdf/text-blocks';
import type { RenderPolicy } from '../render-policy';
import { documentTemplate, type DocumentTemplate } from '../templates/document-template';
import type { CitizenRef, ClockTime, IssuedDocumentData, Officer } from './document-types';
import { administrativeTexts, beginIssuedDocument, issuerInText } from './issued-document';

/** One item handed over. */
export interface ReceivedDocument {
  title: string;
  pages?: number;
  copies?: number;
  /** true: bản chính; false: bản sao; absent: not stated. */
  original?: boolean;
  note?: string;
}

/**
 * Giấy biên nhận thông tin, tài liệu, bằng chứng. It is handed to the person who gave the
 * documents, so it carries THEIR identity; for a denunciation this is the denouncer's own receipt
 * and must not be rendered for anyone else (see document-types.ts).
 */
export interface ReceptionReceiptData extends IssuedDocumentData {
  receivedAt?: ClockTime;
  /** Where the documents were received, e.g. "Trụ sở Tiếp công dân thành phố Hà Nội". */
  receptionPlace: string;
  citizen: CitizenRef;
  documents: readonly ReceivedDocument[];
  receivedBy: Officer;
}

function openingLines(
  data: ReceptionReceiptData,
  t: DocumentTemplate,
  policy: RenderPolicy,
): string[] {
  const issuer = issuerInText(data.issuer);
  const date = formatLongDate(data.issuedOn);
  const place = data.receptionPlace;
  const lines = [
    data.receivedAt
      ? t.fill('openingWithTime', { time: formatClockTime(data.receivedAt), date, place }, policy)
      : t.fill('opening', { date, place }, policy),
    t.fill('receiver', { ...data.receivedBy, issuer }, policy),
    t.fill('giver', { name: data.citizen.displayName }, policy),
  ];
  if (data.citizen.address) {
    lines.push(t.fill('giverAddress', { address: data.citizen.address }, policy));
  }
  return lines;
}

function documentRows(data: ReceptionReceiptData, t: DocumentTemplate): string[][] {
  const form = (original: boolean | undefined): string =>
    original === undefined ? '' : t.text(original ? 'original' : 'copy');
  const count = (n: number | undefined): string => (n === undefined ? '' : formatInteger(n));
  return data.documents.map((d, i) => [
    String(i + 1),
    d.title,
    count(d.pages),
    count(d.copies),
    form(d.original),
    d.note ?? '',
  ]);
}

function drawDocumentTable(pdf: PdfDoc, data: ReceptionReceiptData, t: DocumentTemplate) {
  drawTable(pdf, {
    columns: [
      { header: t.text('columnNo'), weight: 6, align: 'center' },
      { header: t.text('columnTitle'), weight: 40 },
      { header: t.text('columnPages'), weight: 9, align: 'center' },
      { header: t.text('columnCopies'), weight: 9, align: 'center' },
      { header: t.text('columnForm'), weight: 14, align: 'center' },
      { header: t.text('columnNote'), weight: 16 },
    ],
    rows: documentRows(data, t),
  });
  pdf.moveDown(6);
}

export async function renderReceptionReceipt(
  data: ReceptionReceiptData,
  policy: RenderPolicy,
): Promise<Buffer> {
  const t = documentTemplate('reception-receipt');
  const common = administrativeTexts();
  const pdf = beginIssuedDocument({ data, template: t, policy });
  drawParagraphs(pdf, openingLines(data, t, policy));
  drawParagraphs(pdf, [t.text('listIntro')]);
  drawDocumentTable(pdf, data, t);
  const issuer = issuerInText(data.issuer);
  drawParagraphs(pdf, [
    t.fill('total', { count: formatInteger(data.documents.length) }, policy),
    t.fill('closing', { issuer }, policy),
  ]);
  const note = common.text('signNote');
  drawSignatureRow(pdf, {
    left: { title: t.text('giverRole'), note, name: data.citizen.displayName },
    right: { title: t.text('receiverRole'), note, name: data.receivedBy.name },
  });
  return pdf.finish();
}
