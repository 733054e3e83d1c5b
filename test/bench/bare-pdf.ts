import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import PDFDocument from 'pdfkit';

import { templatesDir } from '../../src/reports/pdf/asset-dir';
import { documentFonts, FONT_STYLES } from '../../src/reports/pdf/fonts';
import { PAGE_MARGINS } from '../../src/reports/pdf/page-setup';
import { PdfDoc } from '../../src/reports/pdf/pdf-doc';

// The "bare pdfkit" baselines of the PDF benchmarks (P7 and the documents): the strings a layout
// draws, drawn again by pdfkit alone.

/** The document fonts as file buffers (parsed again by every document that registers them). */
export const FONT_BUFFERS = FONT_STYLES.map((style) =>
  readFileSync(join(templatesDir(), 'fonts', documentFonts()[style].file)),
);

export interface Drawn {
  text: string;
  size: number;
}

/** The strings (and sizes) a render draws through PdfDoc.text, in order. */
export async function recordDrawn(render: () => Promise<Buffer>): Promise<Drawn[]> {
  const drawn: Drawn[] = [];
  const original = PdfDoc.prototype.text;
  PdfDoc.prototype.text = function (this: PdfDoc, text, options = {}) {
    drawn.push({ text, size: options.size ?? 13 });
    return original.call(this, text, options);
  };
  try {
    await render();
  } finally {
    PdfDoc.prototype.text = original;
  }
  return drawn;
}

/** Bare pdfkit drawing the same strings in flow: no wrapper, layout, tables or charts. */
export function bareStrings(
  drawn: readonly Drawn[],
  options: { landscape?: boolean; fonts?: readonly Buffer[] } = {},
): Promise<Buffer> {
  const fonts = options.fonts ?? FONT_BUFFERS;
  const layout = options.landscape === true ? 'landscape' : 'portrait';
  const doc = new PDFDocument({ size: 'A4', layout, margins: PAGE_MARGINS });
  fonts.forEach((font, i) => doc.registerFont(`f${i}`, font));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  drawn.forEach(({ text, size }, i) =>
    doc
      .font(`f${i % fonts.length}`)
      .fontSize(size)
      .text(text),
  );
  doc.end();
  return done;
}
