import PDFDocument from 'pdfkit';

import type { RenderPolicy } from '../render-policy';
import { documentFonts, type FontStyle, type LoadedFont, registerDocumentFonts } from './fonts';
import { guardText } from './glyph-guard';
import { LINE_GAP, PAGE_MARGINS, TYPE_SIZE } from './page-setup';

export interface PdfDocOptions {
  policy: RenderPolicy;
  /** Landscape A4, for wide tables (NĐ 30/2020 allows it for tables). */
  landscape?: boolean;
  /** PDF metadata title (not drawn). */
  title?: string;
  /** Fixes the metadata creation date (tests, reproducible output). */
  creationDate?: Date;
}

export interface TextStyle {
  style?: FontStyle;
  size?: number;
}

export type DrawTextOptions = TextStyle &
  Pick<
    PDFKit.Mixins.TextOptions,
    'align' | 'indent' | 'paragraphGap' | 'lineGap' | 'lineBreak' | 'height' | 'ellipsis'
  > & { x?: number; y?: number; width?: number };

/**
 * The thin wrapper every layout draws through: A4 with NĐ 30/2020 margins, the shared fonts,
 * NFC + glyph check on every string, page numbers from page 2, and the output as one Buffer.
 */
export class PdfDoc {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<Buffer>;

  constructor(private readonly options: PdfDocOptions) {
    this.doc = new PDFDocument({
      size: 'A4',
      layout: options.landscape ? 'landscape' : 'portrait',
      margins: { ...PAGE_MARGINS },
      bufferPages: true,
      lang: 'vi-VN',
      info: {
        Title: options.title ?? '',
        Creator: 'KNTC',
        Producer: 'KNTC',
        CreationDate: options.creationDate ?? new Date(),
      },
    });
    registerDocumentFonts(this.doc);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.use({});
  }

  get policy(): RenderPolicy {
    return this.options.policy;
  }

  /** The content box of the current page. */
  get left(): number {
    return this.doc.page.margins.left;
  }
  get right(): number {
    return this.doc.page.width - this.doc.page.margins.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get top(): number {
    return this.doc.page.margins.top;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get y(): number {
    return this.doc.y;
  }
  set y(value: number) {
    this.doc.y = value;
  }

  /** Selects the font and returns `text` normalised to NFC and checked against that font. */
  prepare(text: string, style: TextStyle = {}): string {
    const loaded = this.use(style);
    return guardText(text, loaded, this.options.policy);
  }

  /** Draws text at (x, y) (default: left margin, current y); returns the y below it. */
  text(text: string, options: DrawTextOptions = {}): number {
    const { style, size, x, y, ...rest } = options;
    const prepared = this.prepare(text, { style, size });
    this.doc.text(prepared, x ?? this.left, y ?? this.doc.y, {
      lineGap: LINE_GAP,
      width: this.width,
      ...rest,
    });
    return this.doc.y;
  }

  heightOf(text: string, options: DrawTextOptions = {}): number {
    const { style, size, x: _x, y: _y, ...rest } = options;
    const prepared = this.prepare(text, { style, size });
    return this.doc.heightOfString(prepared, { lineGap: LINE_GAP, width: this.width, ...rest });
  }

  widthOf(text: string, style: TextStyle = {}): number {
    return this.doc.widthOfString(this.prepare(text, style));
  }

  /** A solid horizontal rule. */
  rule(x1: number, x2: number, y: number, lineWidth = 0.6): void {
    this.doc.save().lineWidth(lineWidth).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  moveDown(points: number): void {
    this.doc.y += points;
  }

  addPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page unless `height` still fits above the bottom margin. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) {
      this.addPage();
    }
  }

  /** Draws the page numbers, ends the document and returns its bytes. */
  async finish(): Promise<Buffer> {
    this.drawPageNumbers();
    this.doc.end();
    return this.ended;
  }

  /** NĐ 30/2020: Arabic numerals, centred in the top margin, not on the first page. */
  private drawPageNumbers(): void {
    const range = this.doc.bufferedPageRange();
    const size = TYPE_SIZE.pageNumber;
    for (let index = range.start + 1; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      const y = (this.doc.page.margins.top - size) / 2;
      this.text(String(index + 1), { size, align: 'center', y, lineBreak: false });
    }
  }

  private use(style: TextStyle): LoadedFont {
    const loaded = documentFonts()[style.style ?? 'regular'];
    this.doc.font(loaded.name).fontSize(style.size ?? TYPE_SIZE.body);
    return loaded;
  }
}
