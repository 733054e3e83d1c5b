import { formatAdministrativeDate, formatDocumentNumber } from '../format/administrative-date';
import { drawAdministrativeHeader } from '../pdf/admin-header';
import { PdfDoc } from '../pdf/pdf-doc';
import { drawSignatureRow } from '../pdf/signature';
import { drawAddressee, drawParagraphs, drawTitle } from '../pdf/text-blocks';
import type { RenderPolicy } from '../render-policy';
import { administrativeTexts, issuerInText, recipientList } from './issued-document';
import type { OversightReportData } from './oversight-report-data';
import { drawNarrativeSections, drawResultSections } from './oversight-report-sections';
import { addresseeLines, oversightTexts } from './oversight-report-text';

function drawFront(pdf: PdfDoc, d: OversightReportData, policy: RenderPolicy): void {
  const t = oversightTexts();
  const common = administrativeTexts();
  drawAdministrativeHeader(pdf, {
    parent: d.issuer.parent,
    issuer: d.issuer.name,
    numberLine: formatDocumentNumber(
      d.narrative.documentNumber,
      `${t.text('symbol')}-${d.issuer.abbreviation}`,
    ),
    dateLine: formatAdministrativeDate(d.issuer.place, d.issuedOn),
    nationalTitle: common.text('nationalTitle'),
    motto: common.text('motto'),
  });
  drawTitle(pdf, t.text('title'), t.fill('summary', { period: d.periodName }, policy));
  pdf.moveDown(-8);
  pdf.text(t.fill('periodLabel', { label: d.periodLabel }, policy), {
    style: 'italic',
    size: 12,
    align: 'center',
    paragraphGap: 10,
  });
  drawAddressee(pdf, common.text('addresseeLabel'), addresseeLines(d.authorities, policy));
  const intro = { issuer: issuerInText(d.issuer), period: d.periodName };
  drawParagraphs(pdf, [t.fill('intro', intro, policy)]);
}

function drawClosing(pdf: PdfDoc, d: OversightReportData, policy: RenderPolicy): void {
  const t = oversightTexts();
  const recipients = [
    ...t.list('recipients'),
    t.fill('reportsToLine', { body: d.authorities.reportsTo }, policy),
    ...(d.narrative.recipients ?? []).map((r) => `- ${r};`),
  ];
  drawSignatureRow(pdf, {
    left: recipientList(recipients, t.text('archive'), policy),
    right: {
      title: (d.narrative.signerTitle ?? t.text('signerTitle')).toLocaleUpperCase('vi'),
      name: d.narrative.signerName ?? t.text('signerNamePlaceholder'),
    },
  });
}

/**
 * The oversight báo cáo (NĐ 30/2020 layout; outline of TT 01/2024/TT-TTCP): header, title and
 * trích yếu, "Kính gửi" (the Party committee and People's Committee of the agency's level), results I–V with comparisons, tables and charts, assessment VI and tasks
 * VII (the leader's texts or italic placeholders), signature and "Nơi nhận". Pure: data in, PDF out.
 */
export async function renderOversightReport(
  data: OversightReportData,
  policy: RenderPolicy,
): Promise<Buffer> {
  const pdf = new PdfDoc({ policy, title: oversightTexts().text('title') });
  drawFront(pdf, data, policy);
  drawResultSections(pdf, data, policy);
  drawNarrativeSections(pdf, data);
  drawClosing(pdf, data, policy);
  return pdf.finish();
}
