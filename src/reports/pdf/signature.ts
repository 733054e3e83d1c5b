import type { PdfDoc } from './pdf-doc';
import { TYPE_SIZE } from './page-setup';

/** One signature block (NĐ 30/2020 ô số 7). */
export interface SignatureBlock {
  /**
   * Place-and-date line in italics above the title, e.g. "Hà Nội, ngày 05 tháng 01 năm 2026", for
   * documents that date the signature rather than the header (the TT 01/2024/TT-TTCP report forms);
   * the titles of both halves stay level under it.
   */
  dateLine?: string;
  /** Authority lines in capitals, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]. */
  authority?: readonly string[];
  /** Title of the signer in capitals, e.g. "CHÁNH THANH TRA", or the role, e.g. "NGƯỜI NỘP". */
  title: string;
  /** Italic hint under the title, e.g. "(Ký, ghi rõ họ tên)". */
  note?: string;
  /** Full name, bold, under the space for the signature and seal; absent leaves the space only. */
  name?: string;
  /** Draws a fingerprint box in the signature space, with this label (điểm chỉ). */
  fingerprintLabel?: string;
}

/** The "Nơi nhận:" block (bottom-left): label bold italic 12, list 11. */
export interface RecipientList {
  label: string;
  items: readonly string[];
}

/** Space for the handwritten signature and the seal. */
const SIGNING_SPACE = 70;
const FINGERPRINT = { width: 52, height: 60 } as const;

interface Column {
  x: number;
  width: number;
}

function fingerprintBox(pdf: PdfDoc, column: Column, y: number, label: string): void {
  const x = column.x + (column.width - FINGERPRINT.width) / 2;
  pdf.doc.save().lineWidth(0.5).dash(2, { space: 2 });
  pdf.doc
    .rect(x, y + 4, FINGERPRINT.width, FINGERPRINT.height)
    .stroke()
    .restore();
  pdf.text(label, {
    x,
    y: y + 6,
    width: FINGERPRINT.width,
    style: 'italic',
    size: 8,
    align: 'center',
    lineGap: 0,
  });
}

function drawSignature(pdf: PdfDoc, block: SignatureBlock, column: Column, top: number): number {
  const centred = { ...column, align: 'center', lineGap: 0.5 } as const;
  let y = top;
  for (const line of [...(block.authority ?? []), block.title]) {
    y = pdf.text(line, { ...centred, y, style: 'bold', size: TYPE_SIZE.signature });
  }
  if (block.note) {
    y = pdf.text(block.note, { ...centred, y, style: 'italic', size: TYPE_SIZE.note });
  }
  if (block.fingerprintLabel) {
    fingerprintBox(pdf, column, y, block.fingerprintLabel);
  }
  y += SIGNING_SPACE;
  if (block.name) {
    y = pdf.text(block.name, { ...centred, y, style: 'bold', size: TYPE_SIZE.signature });
  }
  return y;
}

function drawRecipients(pdf: PdfDoc, list: RecipientList, column: Column, top: number): number {
  let y = pdf.text(list.label, {
    ...column,
    y: top,
    style: 'boldItalic',
    size: TYPE_SIZE.recipientsLabel,
    lineGap: 0,
  });
  for (const item of list.items) {
    y = pdf.text(item, { ...column, y, size: TYPE_SIZE.recipients, lineGap: 0 });
  }
  return y;
}

export interface SignatureRow {
  /** Left half: "Nơi nhận" for issued documents, or a second signature (e.g. the citizen's). */
  left?: SignatureBlock | RecipientList;
  right?: SignatureBlock;
}

const isRecipients = (part: SignatureBlock | RecipientList): part is RecipientList =>
  'items' in part;

function estimateHeight(part: SignatureBlock | RecipientList | undefined): number {
  if (!part) {
    return 0;
  }
  if (isRecipients(part)) {
    return 16 + part.items.length * 13;
  }
  const lines = (part.dateLine ? 1 : 0) + (part.authority?.length ?? 0) + 1;
  return lines * 16 + (part.note ? 14 : 0) + SIGNING_SPACE + 18;
}

/**
 * The date lines of the blocks that have one, in italics, on a line of their own: the titles of
 * both halves then start level. Returns where the titles start.
 */
function drawDateLines(pdf: PdfDoc, row: SignatureRow, left: Column, right: Column): number {
  const top = pdf.y;
  const bottoms = [top];
  for (const [part, column] of [
    [row.left, left],
    [row.right, right],
  ] as const) {
    if (part && !isRecipients(part) && part.dateLine) {
      const options = { ...column, y: top, align: 'center', lineGap: 0.5 } as const;
      bottoms.push(pdf.text(part.dateLine, { ...options, style: 'italic', size: TYPE_SIZE.motto }));
    }
  }
  return Math.max(...bottoms);
}

/**
 * The closing row: signature block(s) and "Nơi nhận". Kept together on one page. Leaves `pdf.y`
 * under the taller side.
 */
export function drawSignatureRow(pdf: PdfDoc, row: SignatureRow): void {
  pdf.moveDown(10);
  pdf.ensureSpace(Math.max(estimateHeight(row.left), estimateHeight(row.right)));
  const half = pdf.width / 2;
  const left: Column = { x: pdf.left, width: half - 10 };
  const right: Column = { x: pdf.left + half, width: half };
  const top = drawDateLines(pdf, row, left, right);
  const bottoms = [top];
  if (row.left) {
    bottoms.push(
      isRecipients(row.left)
        ? drawRecipients(pdf, row.left, left, top)
        : drawSignature(pdf, row.left, left, top),
    );
  }
  if (row.right) {
    bottoms.push(drawSignature(pdf, row.right, right, top));
  }
  pdf.y = Math.max(...bottoms);
}
