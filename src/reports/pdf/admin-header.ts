import type { PdfDoc } from './pdf-doc';
import { RULE_WIDTH, TYPE_SIZE } from './page-setup';

/** The texts of the NĐ 30/2020 header, already formatted (see layouts/issued-document.ts). */
export interface AdministrativeHeader {
  /** Cơ quan chủ quản, capitals, not bold (e.g. "UBND THÀNH PHỐ HÀ NỘI"); absent for a top body. */
  parent?: string;
  /** Cơ quan ban hành, capitals, bold (e.g. "THANH TRA THÀNH PHỐ"). */
  issuer: string;
  /** "Số: 12/TB-TTTP"; absent for documents without a number. */
  numberLine?: string;
  /** "Hà Nội, ngày 05 tháng 01 năm 2026"; absent for documents without a date line. */
  dateLine?: string;
  /** Quốc hiệu and Tiêu ngữ (from templates/documents/administrative.vi.json). */
  nationalTitle: string;
  motto: string;
}

/** Share of the content width taken by the left (issuer) column. */
const LEFT_SHARE = 0.42;
/** The rule under the issuer: 1/3–1/2 of the text line. */
const ISSUER_RULE_SHARE = 0.4;
const RULE_OFFSET = 2.5;

interface Column {
  x: number;
  width: number;
}

/** Centred line(s) in a column; returns the y below them. */
function centred(pdf: PdfDoc, text: string, column: Column, options: { y: number; bold: boolean }) {
  return pdf.text(text, {
    ...column,
    y: options.y,
    style: options.bold ? 'bold' : 'regular',
    size: TYPE_SIZE.header,
    align: 'center',
    lineGap: 0,
  });
}

/** Left column: parent body, issuer (bold) and the short rule under it. Returns the rule's y. */
function drawIssuerColumn(pdf: PdfDoc, header: AdministrativeHeader, column: Column, y: number) {
  const afterParent = header.parent ? centred(pdf, header.parent, column, { y, bold: false }) : y;
  const afterIssuer = centred(pdf, header.issuer, column, { y: afterParent, bold: true });
  const issuerWidth = Math.min(
    pdf.widthOf(header.issuer, { style: 'bold', size: TYPE_SIZE.header }),
    column.width,
  );
  const ruleWidth = issuerWidth * ISSUER_RULE_SHARE;
  const middle = column.x + column.width / 2;
  const ruleY = afterIssuer + RULE_OFFSET;
  pdf.rule(middle - ruleWidth / 2, middle + ruleWidth / 2, ruleY, RULE_WIDTH);
  return ruleY;
}

/** Right column: Quốc hiệu, Tiêu ngữ and a rule as long as the Tiêu ngữ. Returns the rule's y. */
function drawNationalColumn(pdf: PdfDoc, header: AdministrativeHeader, column: Column, y: number) {
  const afterTitle = centred(pdf, header.nationalTitle, column, { y, bold: true });
  const afterMotto = pdf.text(header.motto, {
    ...column,
    y: afterTitle,
    style: 'bold',
    size: TYPE_SIZE.motto,
    align: 'center',
    lineGap: 0,
  });
  const mottoWidth = pdf.widthOf(header.motto, { style: 'bold', size: TYPE_SIZE.motto });
  const middle = column.x + column.width / 2;
  const ruleY = afterMotto + RULE_OFFSET;
  pdf.rule(middle - mottoWidth / 2, middle + mottoWidth / 2, ruleY, RULE_WIDTH);
  return ruleY;
}

/**
 * The two-column header of NĐ 30/2020 Phụ lục I: issuer block on the left, Quốc hiệu and Tiêu ngữ
 * on the right; the number ("Số: …") and the italic place-and-date line share one row below them,
 * each centred under its block. Leaves `pdf.y` under the header.
 */
export function drawAdministrativeHeader(pdf: PdfDoc, header: AdministrativeHeader): void {
  const top = pdf.top;
  const left: Column = { x: pdf.left, width: pdf.width * LEFT_SHARE };
  const right: Column = { x: pdf.left + left.width, width: pdf.width - left.width };
  const leftRule = drawIssuerColumn(pdf, header, left, top);
  const rightRule = drawNationalColumn(pdf, header, right, top);
  const rowY = Math.max(leftRule, rightRule) + 7;
  let bottom = rowY;
  if (header.numberLine) {
    bottom = Math.max(bottom, pdf.text(header.numberLine, { ...left, y: rowY, align: 'center' }));
  }
  if (header.dateLine) {
    const options = { ...right, y: rowY, align: 'center', style: 'italic' } as const;
    bottom = Math.max(bottom, pdf.text(header.dateLine, options));
  }
  pdf.y = bottom;
}
