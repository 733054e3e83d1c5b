import type { PdfDoc } from './pdf-doc';
import { PARAGRAPH_GAP, PARAGRAPH_INDENT, RULE_WIDTH, TYPE_SIZE } from './page-setup';

/** The rule under the trích yếu: 1/3–1/2 of its line. */
const SUMMARY_RULE_SHARE = 0.4;

/**
 * Tên loại (centred, bold capitals) and, below it, the trích yếu (bold, centred) with a short rule.
 * Leaves `pdf.y` under the block.
 */
export function drawTitle(pdf: PdfDoc, title: string, summary?: string): void {
  pdf.moveDown(16);
  const options = { style: 'bold', size: TYPE_SIZE.title, align: 'center', lineGap: 1 } as const;
  pdf.text(title.toLocaleUpperCase('vi'), options);
  if (summary) {
    const afterSummary = pdf.text(summary, options);
    const width = Math.min(pdf.widthOf(summary, options), pdf.width) * SUMMARY_RULE_SHARE;
    const middle = pdf.left + pdf.width / 2;
    pdf.rule(middle - width / 2, middle + width / 2, afterSummary + 2.5, RULE_WIDTH);
  }
  pdf.moveDown(14);
}

export interface ParagraphOptions {
  italic?: boolean;
  bold?: boolean;
  /** First-line indent (default 1 cm); 0 for list-like lines. */
  indent?: number;
  align?: 'justify' | 'left' | 'center' | 'right';
}

/** Body paragraphs: justified, first-line indent, 6 pt between paragraphs. One per string. */
export function drawParagraphs(
  pdf: PdfDoc,
  paragraphs: readonly string[],
  options: ParagraphOptions = {},
): void {
  const style = options.bold ? 'bold' : options.italic ? 'italic' : 'regular';
  for (const paragraph of paragraphs) {
    pdf.text(paragraph, {
      style,
      size: TYPE_SIZE.body,
      align: options.align ?? 'justify',
      indent: options.indent ?? PARAGRAPH_INDENT,
      paragraphGap: PARAGRAPH_GAP,
    });
  }
}

/** "Căn cứ …" lines: italic, justified, indented like body paragraphs. */
export function drawBasisLines(pdf: PdfDoc, lines: readonly string[]): void {
  drawParagraphs(pdf, lines, { italic: true });
}

export interface KeyValue {
  key: string;
  value: string;
}

/** "Key: value" lines, indented, wrapped under the margin. */
export function drawKeyValues(pdf: PdfDoc, pairs: readonly KeyValue[]): void {
  drawParagraphs(
    pdf,
    pairs.map(({ key, value }) => `${key}: ${value}`),
    { align: 'left' },
  );
}

/** A bold centred line (e.g. "THÔNG BÁO:" before the operative part). */
export function drawCentredLine(pdf: PdfDoc, text: string): void {
  pdf.text(text, {
    style: 'bold',
    size: TYPE_SIZE.body,
    align: 'center',
    paragraphGap: PARAGRAPH_GAP,
  });
}

/** "Kính gửi: …" centred under the title (NĐ 30/2020 ô số 9b). */
export function drawAddressee(pdf: PdfDoc, label: string, addressees: readonly string[]): void {
  const text = addressees.length === 1 ? `${label} ${addressees[0] ?? ''}` : label;
  pdf.text(text, { size: TYPE_SIZE.body, align: 'center', paragraphGap: PARAGRAPH_GAP });
  if (addressees.length > 1) {
    drawParagraphs(
      pdf,
      addressees.map((a) => `- ${a};`),
      { align: 'left', indent: 0 },
    );
  }
  pdf.moveDown(4);
}
