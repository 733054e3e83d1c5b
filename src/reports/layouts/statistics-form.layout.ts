import { statisticsFormsVi as vi } from '../../common/i18n/statistics-forms.vi';
import { drawAdministrativeHeader } from '../pdf/admin-header';
import { headerGrid } from '../pdf/header-grid';
import { PdfDoc } from '../pdf/pdf-doc';
import { drawSignatureRow } from '../pdf/signature';
import { drawTable, type TableColumn } from '../pdf/table';
import { HEADER_PADDING_X } from '../pdf/table-rows';
import { drawCentredLine, drawTitle } from '../pdf/text-blocks';
import type { RenderPolicy } from '../render-policy';
import { administrativeTexts } from './issued-document';
import {
  formCellText,
  formDateLine,
  formHeadingLines,
  type StatisticsFormSheet,
  type StatisticsFormSheetRow,
} from './statistics-form.data';

const rowCells = (sheet: StatisticsFormSheet, row: StatisticsFormSheetRow): string[] => [
  row.name,
  ...sheet.columns.map((c) => formCellText(row.values[c.number])),
];

const UNIT_WEIGHT = 4;
const UNIT_WEIGHT_MIN = 2.5;

/**
 * The weight of the "Đơn vị" column: 4 (a number column is 1, a text column 2), less on the widest
 * forms so that a number column still holds the longest word of any header without breaking it.
 */
function unitWeight(pdf: PdfDoc, sheet: StatisticsFormSheet, size: number): number {
  const words = sheet.columns.flatMap((c) => [c.header, ...c.parents].join(' ').split(/\s+/));
  const longest = Math.max(...words.map((w) => pdf.widthOf(w, { style: 'bold', size })));
  const others = sheet.columns.reduce((sum, c) => sum + (c.unit === 'text' ? 2 : 1), 0);
  const fitting = pdf.width / (longest + 2 * HEADER_PADDING_X + 0.5) - others;
  return Math.max(UNIT_WEIGHT_MIN, Math.min(UNIT_WEIGHT, fitting));
}

/**
 * An official form as PDF: landscape A4, the NĐ 30/2020 header, "Biểu số …", title and period,
 * then the table under multi-level merged headers ("Đơn vị" down all header rows, each group
 * header across its columns, a column's own header down to the "MS" row of column numbers),
 * repeated on every page, one row per unit, the total and the signatures, the head's under the
 * place-and-date line in italics.
 */
export async function renderStatisticsForm(
  sheet: StatisticsFormSheet,
  policy: RenderPolicy,
): Promise<Buffer> {
  const common = administrativeTexts();
  const h = formHeadingLines(sheet);
  const pdf = new PdfDoc({ policy, landscape: true, title: `${h.code} ${sheet.title}` });
  drawAdministrativeHeader(pdf, {
    issuer: h.issuer,
    nationalTitle: common.text('nationalTitle'),
    motto: common.text('motto'),
  });
  drawCentredLine(pdf, h.code);
  drawTitle(pdf, sheet.title, h.period);
  drawCentredLine(pdf, h.units);
  const fontSize = sheet.columns.length > 20 ? 5 : 6.5;
  const columns: TableColumn[] = [
    { header: vi.unitHeader, weight: unitWeight(pdf, sheet, fontSize), align: 'left' },
    ...sheet.columns.map((c) => ({
      header: c.header,
      weight: c.unit === 'text' ? 2 : 1,
      align: 'center' as const,
    })),
  ];
  const numberRow = [vi.numberRowLabel, ...sheet.columns.map((c) => String(c.number))];
  drawTable(pdf, {
    columns,
    headerGrid: headerGrid([{ header: vi.unitHeader, parents: [] }, ...sheet.columns]),
    numberRow,
    rows: [...sheet.rows.map((r) => rowCells(sheet, r)), rowCells(sheet, sheet.total)],
    fontSize,
  });
  drawSignatureRow(pdf, {
    left: { title: vi.preparer.toUpperCase(), note: vi.preparerHint },
    right: { dateLine: formDateLine(sheet), title: vi.head.toUpperCase(), note: vi.headHint },
  });
  return pdf.finish();
}
