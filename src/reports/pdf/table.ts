import type { PdfDoc } from './pdf-doc';
import { drawHeader, headerHeight } from './table-header';
import { drawRow, geometry, rowHeight, type RowStyle, type TableSpec } from './table-rows';

export type { TableColumn, TableSpec } from './table-rows';

/**
 * A bordered table across pages: the header (one row or multi-level merged cells) and the
 * column-number row are repeated at the top of every page the table continues on. Leaves `pdf.y`
 * under the table.
 */
export function drawTable(pdf: PdfDoc, spec: TableSpec): void {
  const g = geometry(pdf, spec);
  const bodyStyle: RowStyle = { bold: false, aligns: spec.columns.map((c) => c.align) };
  const firstRow = spec.rows[0];
  const firstHeight = firstRow ? rowHeight(pdf, firstRow, g, bodyStyle) : 0;
  // A one-row header keeps room for twice its height (header + number row), as it always has.
  const header = spec.headerGrid
    ? headerHeight(pdf, spec, g)
    : 2 *
      rowHeight(
        pdf,
        spec.columns.map((c) => c.header),
        g,
        { bold: true, aligns: [] },
      );
  pdf.ensureSpace(header + Math.min(firstHeight, 60));
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
