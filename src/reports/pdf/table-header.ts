import { type HeaderGrid, type HeaderSpan, headerRowHeights } from './header-grid';
import type { PdfDoc } from './pdf-doc';
import {
  BORDER,
  drawRow,
  type Geometry,
  HEADER_PADDING_X,
  LINE_GAP,
  PADDING,
  rowHeight,
  type TableSpec,
} from './table-rows';

const spanWidth = (g: Geometry, span: HeaderSpan): number =>
  (g.xs[span.toColumn] ?? 0) + (g.widths[span.toColumn] ?? 0) - (g.xs[span.fromColumn] ?? 0);

const textHeight = (pdf: PdfDoc, g: Geometry, span: HeaderSpan): number =>
  pdf.heightOf(span.text, {
    style: 'bold',
    size: g.size,
    width: spanWidth(g, span) - 2 * HEADER_PADDING_X,
    lineGap: LINE_GAP,
  });

/** Heights of the header rows: one per level of the grid (each fits its wrapped cells). */
function gridRowHeights(pdf: PdfDoc, grid: HeaderGrid, g: Geometry): number[] {
  return headerRowHeights(
    grid,
    (span) => textHeight(pdf, g, span) + 2 * PADDING,
    g.size + 2 * PADDING,
  );
}

/** Merged header cells at pdf.y: bordered, text wrapped and centred both ways. */
function drawGrid(pdf: PdfDoc, grid: HeaderGrid, g: Geometry): void {
  const heights = gridRowHeights(pdf, grid, g);
  const tops = heights.map(
    (_, level) => pdf.y + heights.slice(0, level).reduce((a, b) => a + b, 0),
  );
  grid.levels.forEach((spans, level) => {
    for (const span of spans) {
      const x = g.xs[span.fromColumn] ?? pdf.left;
      const width = spanWidth(g, span);
      const top = tops[level] ?? pdf.y;
      const height = heights.slice(level, level + span.rowSpan).reduce((a, b) => a + b, 0);
      pdf.doc.save().lineWidth(BORDER).rect(x, top, width, height).stroke().restore();
      const inner = Math.min(textHeight(pdf, g, span), height - 2 * PADDING);
      pdf.text(span.text, {
        style: 'bold',
        size: g.size,
        x: x + HEADER_PADDING_X,
        y: top + PADDING + (height - 2 * PADDING - inner) / 2,
        width: width - 2 * HEADER_PADDING_X,
        height: inner + LINE_GAP,
        ellipsis: true,
        align: 'center',
        lineGap: LINE_GAP,
      });
    }
  });
  pdf.y = (tops[0] ?? pdf.y) + heights.reduce((a, b) => a + b, 0);
}

const centred = (spec: TableSpec) => ({ aligns: spec.columns.map(() => 'center' as const) });
const numbers = (spec: TableSpec) => spec.columns.map((_, i) => `(${i + 1})`);

/** Height of everything drawHeader draws. */
export function headerHeight(pdf: PdfDoc, spec: TableSpec, g: Geometry): number {
  const main = spec.headerGrid
    ? gridRowHeights(pdf, spec.headerGrid, g).reduce((a, b) => a + b, 0)
    : rowHeight(
        pdf,
        spec.columns.map((c) => c.header),
        g,
        { bold: true, aligns: [] },
      );
  const numberRow = spec.numberRow ?? (spec.numberColumns ? numbers(spec) : undefined);
  return main + (numberRow ? rowHeight(pdf, numberRow, g, { bold: false, aligns: [] }) : 0);
}

/** The table's header at pdf.y (one row, or the merged grid), then its number row if any. */
export function drawHeader(pdf: PdfDoc, spec: TableSpec, g: Geometry): void {
  if (spec.headerGrid) {
    drawGrid(pdf, spec.headerGrid, g);
  } else {
    drawRow(
      pdf,
      spec.columns.map((c) => c.header),
      g,
      { bold: true, ...centred(spec) },
    );
  }
  const numberRow = spec.numberRow ?? (spec.numberColumns ? numbers(spec) : undefined);
  if (numberRow) drawRow(pdf, numberRow, g, { bold: false, ...centred(spec) });
}
