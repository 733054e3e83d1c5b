import type { HeaderGrid } from './header-grid';
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
  /**
   * Multi-level merged header cells over `columns` (indices as in `columns`), drawn instead of the
   * one row of `columns[].header`.
   */
  headerGrid?: HeaderGrid;
  /** A row of its own under the header, repeated with it (e.g. "MS", "1", "2", …). */
  numberRow?: readonly string[];
  fontSize?: number;
}

export const PADDING = 3;
/** Left/right padding of merged header cells: narrow form columns keep room for whole words. */
export const HEADER_PADDING_X = 1;
export const BORDER = 0.5;
export const LINE_GAP = 0.5;

export interface Geometry {
  xs: number[];
  widths: number[];
  size: number;
}

export function geometry(pdf: PdfDoc, spec: TableSpec): Geometry {
  const total = spec.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = spec.columns.map((c) => (pdf.width * c.weight) / total);
  const xs = widths.map((_, i) => pdf.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  return { xs, widths, size: spec.fontSize ?? TYPE_SIZE.table };
}

export interface RowStyle {
  bold: boolean;
  aligns: readonly (TableColumn['align'] | undefined)[];
}

export function rowHeight(
  pdf: PdfDoc,
  cells: readonly string[],
  g: Geometry,
  style: RowStyle,
): number {
  const heights = cells.map((cell, i) =>
    pdf.heightOf(cell, {
      style: style.bold ? 'bold' : 'regular',
      size: g.size,
      width: (g.widths[i] ?? 0) - 2 * PADDING,
      lineGap: LINE_GAP,
    }),
  );
  return Math.max(g.size, ...heights) + 2 * PADDING;
}

/** Draws one row at pdf.y; a row taller than what is left of the page is cut with an ellipsis. */
export function drawRow(
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
      lineGap: LINE_GAP,
    });
  });
  pdf.y = top + height;
}
