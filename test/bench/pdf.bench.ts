import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import PDFDocument from 'pdfkit';

import { renderReceptionBook } from '../../src/reports/layouts/reception-book.layout';
import { renderReceptionReceipt } from '../../src/reports/layouts/reception-receipt.layout';
import { templatesDir } from '../../src/reports/pdf/asset-dir';
import { documentFonts, FONT_STYLES } from '../../src/reports/pdf/fonts';
import { PAGE_MARGINS } from '../../src/reports/pdf/page-setup';
import { PdfDoc } from '../../src/reports/pdf/pdf-doc';
import { strictRenderPolicy } from '../../src/reports/render-policy';
import {
  sampleBookMeta,
  sampleBookRows,
  sampleReceipt,
} from '../../src/reports/samples/reception-samples';

const BOOK_ROWS = 135;
const FONT_BUFFERS = FONT_STYLES.map((style) =>
  readFileSync(join(templatesDir(), 'fonts', documentFonts()[style].file)),
);
// pdfkit 0.20 accepts a parsed fontkit font as a source (see src/reports/pdf/fonts.ts).
const PARSED_FONTS = FONT_STYLES.map((style) => documentFonts()[style].font as unknown as Buffer);

interface Drawn {
  text: string;
  size: number;
}

/** The strings (and sizes) a render draws through PdfDoc.text, in order. */
async function recordDrawn(render: () => Promise<Buffer>): Promise<Drawn[]> {
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

/** Bare pdfkit drawing the same strings in flow, no wrapper, no layout; fonts as given. */
function bare(drawn: readonly Drawn[], landscape: boolean, fonts: readonly Buffer[]) {
  const layout = landscape ? 'landscape' : 'portrait';
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

async function msPerDocument(run: () => Promise<Buffer>, count: number): Promise<number> {
  for (let i = 0; i < 3; i++) await run();
  const started = performance.now();
  for (let i = 0; i < count; i++) await run();
  return (performance.now() - started) / count;
}

const pageCount = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

async function benchCase(name: string, render: () => Promise<Buffer>, landscape: boolean) {
  const drawn = await recordDrawn(render);
  const count = pageCount(await render()) > 1 ? 8 : 40;
  const kntc = await msPerDocument(render, count);
  const buffers = await msPerDocument(() => bare(drawn, landscape, FONT_BUFFERS), count);
  const shared = await msPerDocument(() => bare(drawn, landscape, PARSED_FONTS), count);
  const ratio = (baseline: number): string => (kntc / baseline).toFixed(2);
  const pages = pageCount(await render());
  console.log(`  ${name} (${pages} page${pages === 1 ? '' : 's'}): KNTC ${kntc.toFixed(1)} ms`);
  console.log(
    `    bare pdfkit, fonts parsed per document: ${buffers.toFixed(1)} ms, ratio ${ratio(buffers)}`,
  );
  console.log(
    `    bare pdfkit, fonts parsed once: ${shared.toFixed(1)} ms, ratio ${ratio(shared)}`,
  );
}

/** ms per PDF: the renderer vs bare pdfkit drawing the same strings (no layout, no checks). */
export async function benchPdf(): Promise<void> {
  const rows = sampleBookRows(BOOK_ROWS);
  console.log('\nPDF documents, ms per document');
  await benchCase(
    'giấy biên nhận',
    () => renderReceptionReceipt(sampleReceipt, strictRenderPolicy),
    false,
  );
  await benchCase(
    `sổ tiếp công dân, ${BOOK_ROWS} visits`,
    () => renderReceptionBook(rows, sampleBookMeta, strictRenderPolicy),
    true,
  );
}
