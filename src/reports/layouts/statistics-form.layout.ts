import { statisticsFormsVi as vi } from '../../common/i18n/statistics-forms.vi';
import { drawAdministrativeHeader } from '../pdf/admin-header';
import { PdfDoc } from '../pdf/pdf-doc';
import { drawSignatureRow } from '../pdf/signature';
import { drawTable, type TableColumn } from '../pdf/table';
import { drawCentredLine, drawTitle } from '../pdf/text-blocks';
import type { RenderPolicy } from '../render-policy';
import { administrativeTexts } from './issued-document';
import {
  formCellText,
  formHeadingLines,
  type StatisticsFormSheet,
  type StatisticsFormSheetRow,
} from './statistics-form.data';

const rowCells = (sheet: StatisticsFormSheet, row: StatisticsFormSheetRow): string[] => [
  row.name,
  ...sheet.columns.map((c) => formCellText(row.values[c.number])),
];

/**
 * An official form as PDF: landscape A4, the NĐ 30/2020 header, "Biểu số …", title and period,
 * then the table (group headers joined above each column's header) with its header repeated on
 * every page, the "MS" row of column numbers, one row per unit, the total and the signatures.
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
  const columns: TableColumn[] = [
    { header: vi.unitHeader, weight: 4, align: 'left' },
    ...sheet.columns.map((c) => ({
      header: [...c.parents, c.header].join(' – '),
      weight: c.unit === 'text' ? 2 : 1,
      align: 'center' as const,
    })),
  ];
  const numberRow = [vi.numberRowLabel, ...sheet.columns.map((c) => String(c.number))];
  drawTable(pdf, {
    columns,
    rows: [numberRow, ...sheet.rows.map((r) => rowCells(sheet, r)), rowCells(sheet, sheet.total)],
    fontSize: sheet.columns.length > 20 ? 5 : 6.5,
  });
  drawSignatureRow(pdf, {
    left: { title: vi.preparer.toUpperCase(), note: vi.preparerHint },
    right: { title: vi.head.toUpperCase(), note: vi.headHint },
  });
  return pdf.finish();
}
