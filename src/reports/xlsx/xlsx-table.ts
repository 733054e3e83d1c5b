import { Workbook, type Worksheet } from 'exceljs';

import { parseLocalDate } from '../format/administrative-date';

export type XlsxColumnKind = 'text' | 'integer' | 'decimal' | 'date';

export interface XlsxColumn {
  header: string;
  /** Width in characters. */
  width: number;
  kind: XlsxColumnKind;
}

/** text: string; integer/decimal: number (kept a number, formatted by Excel); date: 'YYYY-MM-DD'. */
export type XlsxCell = string | number | null;

export interface XlsxTableSpec {
  sheetName: string;
  /** Lines above the table (issuer, title, period); the second is the bold title. */
  titleRows: readonly string[];
  columns: readonly XlsxColumn[];
  rows: readonly (readonly XlsxCell[])[];
  landscape?: boolean;
  /** Adds the "(1) (2) …" row under the header. */
  numberColumns?: boolean;
}

const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const NUMBER_FORMATS: Readonly<Record<XlsxColumnKind, string | undefined>> = {
  text: undefined,
  integer: '#,##0',
  decimal: '#,##0.0',
  date: 'dd/mm/yyyy',
};

function cellValue(cell: XlsxCell, kind: XlsxColumnKind): string | number | Date | null {
  if (cell === null || kind !== 'date' || typeof cell !== 'string') {
    return cell;
  }
  const { year, month, day } = parseLocalDate(cell);
  // Excel dates carry no zone; exceljs converts through UTC, so the day never shifts.
  return new Date(Date.UTC(year, month - 1, day));
}

function writeTitle(sheet: Worksheet, spec: XlsxTableSpec): void {
  spec.titleRows.forEach((text, i) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, spec.columns.length);
    row.font = { ...FONT, bold: i <= 1, size: i === 1 ? 14 : FONT.size };
    row.alignment = { horizontal: i === 0 ? 'left' : 'center' };
  });
  sheet.addRow([]);
}

function writeHeader(sheet: Worksheet, spec: XlsxTableSpec): number {
  const header = sheet.addRow(spec.columns.map((c) => c.header));
  header.font = { ...FONT, bold: true };
  const rows = [header];
  if (spec.numberColumns) {
    const numbers = sheet.addRow(spec.columns.map((_, i) => `(${i + 1})`));
    numbers.font = { ...FONT, italic: true };
    rows.push(numbers);
  }
  for (const row of rows) {
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    row.eachCell((cell) => (cell.border = BORDER));
  }
  return header.number;
}

function writeBody(sheet: Worksheet, spec: XlsxTableSpec): void {
  for (const cells of spec.rows) {
    const row = sheet.addRow(spec.columns.map((c, i) => cellValue(cells[i] ?? null, c.kind)));
    row.font = FONT;
    spec.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      cell.border = BORDER;
      cell.numFmt = NUMBER_FORMATS[column.kind] ?? cell.numFmt;
      cell.alignment = {
        vertical: 'top',
        wrapText: true,
        horizontal: column.kind === 'text' ? 'left' : 'center',
      };
    });
  }
}

/**
 * One sheet with title rows, a bordered table with Vietnamese headers repeated on each printed
 * page, numbers stored as numbers and dates as dates, A4 print setup fitted to the page width.
 */
export async function writeXlsxTable(spec: XlsxTableSpec): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'KNTC';
  const sheet = workbook.addWorksheet(spec.sheetName.slice(0, 31), {
    pageSetup: {
      paperSize: 9,
      orientation: spec.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = spec.columns.map((c) => ({ width: c.width }));
  writeTitle(sheet, spec);
  const headerRow = writeHeader(sheet, spec);
  const lastHeaderRow = headerRow + (spec.numberColumns ? 1 : 0);
  sheet.pageSetup.printTitlesRow = `${headerRow}:${lastHeaderRow}`;
  sheet.views = [{ state: 'frozen', ySplit: lastHeaderRow }];
  writeBody(sheet, spec);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
