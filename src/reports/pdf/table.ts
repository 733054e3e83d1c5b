import type { PdfDoc } from './pdf-doc';
import { TYPE_SIZE } from './page-setup';

export interface TableColumn {
  header: string;
  /** Relative width; the widths are scaled to the content width. */
  weight: number;
  align?: 'left' | 'center' | 'right' | 'justify';
}

export interface TableSpec {
  columns: readonly TableColumn[];
  rows: readonly (readonly string[])[];
  /** Adds the row "(1) (2) (3) …" under the header, as official forms do. */
  numberColumns?: boolean;
  fontSize?: number;
}

const PADDING = 3;
const BORDER = 0.5;

interface Geometry {
  xs: number[];
  widths: number[];
  size: number;
}

function geometry(pdf: PdfDoc, spec: TableSpec): Geometry {
  const total = spec.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = spec.columns.map((c) => (pdf.width * c.weight) / total);
  const xs = widths.map((_, i) => pdf.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  return { xs, widths, size: spec.fontSize ?? TYPE_SIZE.table };
}

interface RowStyle {
  bold: boolean;
  aligns: readonly (TableColumn['align'] | undefined)[];
}

function rowHeight(pdf: PdfDoc, cells: readonly string[], g: Geometry, style: RowStyle): number {
  const heights = cells.map((cell, i) =>
    pdf.heightOf(cell, {
      style: style.bold ? 'bold' : 'regular',
      size: g.size,
      width: (g.widths[i] ?? 0) - 2 * PADDING,
      lineGap: 0.5,
    }),
  );
  return Math.max(g.size, ...heights) + 2 * PADDING;
}

/** Draws one row at pdf.y; a row taller than what is left of the page is cut with an ellipsis. */
function drawRow(
  pdf: PdfDoc,
  cells: readonly string[],
  g: Geometry,
  style: RowStyle & { height?: number },
) {
  const height = Math.min(style.height ?? rowHeight(pdf, cells, g, style), pdf.bottom - pdf.y);
  const top = pdf.y;
  cells.forEach((cell, i) => {
    const x = g.xs[i] ?? pdf.left;
    const width = g.widths[i] ?? 0;
    pdf.doc.save().lineWidth(BORDER).rect(x, top, width, height).stroke().restore();
    pdf.text(cell, {
      style: style.bold ? 'bold' : 'regular',
      size: g.size,
      x: x + PADDING,
      y: top + PADDING,
      width: width - 2 * PADDING,
      height: height - 2 * PADDING,
      ellipsis: true,
      align: style.aligns[i] ?? 'left',
      lineGap: 0.5,
    });
  });
  pdf.y = top + height;
}

function drawHeader(pdf: PdfDoc, spec: TableSpec, g: Geometry): void {
  const aligns = spec.columns.map(() => 'center' as const);
  drawRow(
    pdf,
    spec.columns.map((c) => c.header),
    g,
    { bold: true, aligns },
  );
  if (spec.numberColumns) {
    drawRow(
      pdf,
      spec.columns.map((_, i) => `(${i + 1})`),
      g,
      { bold: false, aligns },
    );
  }
}

/**
 * A bordered table across pages: the header row (and the column-number row) is repeated at the
 * top of every page the table continues on. Leaves `pdf.y` under the table.
 */
export function drawTable(pdf: PdfDoc, spec: TableSpec): void {
  const g = geometry(pdf, spec);
  const bodyStyle: RowStyle = { bold: false, aligns: spec.columns.map((c) => c.align) };
  const headerStyle: RowStyle = { bold: true, aligns: [] };
  const headerHeight = rowHeight(
    pdf,
    spec.columns.map((c) => c.header),
    g,
    headerStyle,
  );
  const firstRow = spec.rows[0];
  const firstHeight = firstRow ? rowHeight(pdf, firstRow, g, bodyStyle) : 0;
  pdf.ensureSpace(headerHeight * 2 + Math.min(firstHeight, 60));
  drawHeader(pdf, spec, g);
  let rowsOnPage = 0;
  for (const row of spec.rows) {
    const height = rowHeight(pdf, row, g, bodyStyle);
    if (pdf.y + height > pdf.bottom && rowsOnPage > 0) {
      pdf.addPage();
      pdf.y = pdf.top;
      drawHeader(pdf, spec, g);
      rowsOnPage = 0;
    }
    drawRow(pdf, row, g, { ...bodyStyle, height });
    rowsOnPage++;
  }
}
