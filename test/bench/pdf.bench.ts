import { performance } from 'node:perf_hooks';

import { renderReceptionBook } from '../../src/reports/layouts/reception-book.layout';
import { renderReceptionReceipt } from '../../src/reports/layouts/reception-receipt.layout';
import { documentFonts, FONT_STYLES } from '../../src/reports/pdf/fonts';
import { strictRenderPolicy } from '../../src/reports/render-policy';
import {
  sampleBookMeta,
  sampleBookRows,
  sampleReceipt,
} from '../../src/reports/samples/reception-samples';
import { bareStrings, FONT_BUFFERS, recordDrawn } from './bare-pdf';

const BOOK_ROWS = 135;
// pdfkit 0.20 accepts a parsed fontkit font as a source (see src/reports/pdf/fonts.ts).
const PARSED_FONTS = FONT_STYLES.map((style) => documentFonts()[style].font as unknown as Buffer);

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
  const buffers = await msPerDocument(
    () => bareStrings(drawn, { landscape, fonts: FONT_BUFFERS }),
    count,
  );
  const shared = await msPerDocument(
    () => bareStrings(drawn, { landscape, fonts: PARSED_FONTS }),
    count,
  );
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
