import { Workbook, type Worksheet } from 'exceljs';

import { statisticsFormsVi as vi } from '../../common/i18n/statistics-forms.vi';
import {
  formDateLine,
  formHeadingLines,
  type StatisticsFormSheet,
  type StatisticsFormSheetRow,
} from '../layouts/statistics-form.data';

const FONT = { name: 'Times New Roman', size: 11 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const CENTRE = { horizontal: 'center', vertical: 'middle', wrapText: true } as const;

const samePrefix = (a: readonly string[], b: readonly string[], upTo: number) =>
  a.length > upTo && b.length > upTo && a.slice(0, upTo + 1).every((p, i) => p === b[i]);

/** Multi-level headers: group headers merged across their columns, leaf headers merged down. */
function writeHeader(sheet: Worksheet, data: StatisticsFormSheet, top: number): number {
  const depth = Math.max(1, ...data.columns.map((c) => c.parents.length + 1));
  sheet.getCell(top, 1).value = vi.unitHeader;
  sheet.mergeCells(top, 1, top + depth - 1, 1);
  data.columns.forEach((column, i) => {
    const col = i + 2;
    const leafRow = top + column.parents.length;
    sheet.getCell(leafRow, col).value = column.header;
    if (leafRow < top + depth - 1) sheet.mergeCells(leafRow, col, top + depth - 1, col);
    column.parents.forEach((parent, level) => {
      const previous = data.columns[i - 1];
      if (previous && samePrefix(previous.parents, column.parents, level)) return;
      let last = i;
      while (
        data.columns[last + 1] &&
        samePrefix(column.parents, data.columns[last + 1]!.parents, level)
      ) {
        last++;
      }
      sheet.getCell(top + level, col).value = parent;
      if (last > i) sheet.mergeCells(top + level, col, top + level, last + 2);
    });
  });
  const numbers = sheet.getRow(top + depth);
  numbers.values = [vi.numberRowLabel, ...data.columns.map((c) => String(c.number))];
  for (let r = top; r <= top + depth; r++) {
    const row = sheet.getRow(r);
    row.font = { ...FONT, bold: r < top + depth, italic: r === top + depth };
    for (let c = 1; c <= data.columns.length + 1; c++) {
      row.getCell(c).border = BORDER;
      row.getCell(c).alignment = CENTRE;
    }
  }
  return top + depth;
}

/**
 * The number format showing a value exactly as given: '#,##0' for a count or a whole amount,
 * '#,##0.00' for '840.25' (as many decimals as written, so 2.600,512345 Trđ is not rounded and a
 * whole amount does not print a trailing decimal separator, as '#,##0.###' does in Excel).
 */
function exactNumberFormat(value: number | string): string {
  const decimals = typeof value === 'string' ? (value.split('.')[1]?.length ?? 0) : 0;
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

function writeRow(
  sheet: Worksheet,
  data: StatisticsFormSheet,
  row: StatisticsFormSheetRow,
  bold: boolean,
) {
  const values = data.columns.map((c) => row.values[c.number] ?? null);
  const added = sheet.addRow([
    row.name,
    ...values.map((v, i) => (data.columns[i]!.unit === 'text' || v === null ? v : Number(v))),
  ]);
  added.font = { ...FONT, bold };
  added.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.border = BORDER;
    cell.alignment = col === 1 ? { vertical: 'middle', wrapText: true } : CENTRE;
    const value = values[col - 2];
    if (col > 1 && value !== null && value !== undefined) cell.numFmt = exactNumberFormat(value);
  });
}

function writeLine(
  sheet: Worksheet,
  text: string,
  width: number,
  style: { bold?: boolean; italic?: boolean; align?: 'left' | 'center' | 'right' },
) {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, width);
  row.font = { ...FONT, bold: style.bold ?? false, italic: style.italic ?? false };
  row.alignment = { horizontal: style.align ?? 'center', wrapText: false };
}

/**
 * An official form as a spreadsheet ready to print and sign: landscape A4 fitted to the width,
 * issuer/title/period lines, the multi-level Vietnamese header with the "MS" column-number row
 * repeated on every printed page, one row per unit (numbers as numbers, shown with the decimals
 * of the JSON), the total in bold, the place-and-date line and the two signatures with room to
 * sign.
 */
export async function statisticsFormXlsx(data: StatisticsFormSheet): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'KNTC';
  const sheet = workbook.addWorksheet(vi.sheetName(data.code), {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.3, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  const width = data.columns.length + 1;
  sheet.columns = [
    { width: 28 },
    ...data.columns.map((c) => ({ width: c.unit === 'text' ? 16 : 9 })),
  ];
  const h = formHeadingLines(data);
  writeLine(sheet, h.issuer, width, { bold: true, align: 'left' });
  writeLine(sheet, h.code, width, { italic: true, align: 'right' });
  writeLine(sheet, h.title, width, { bold: true });
  writeLine(sheet, h.period, width, { italic: true });
  writeLine(sheet, h.attachedTo, width, { italic: true });
  writeLine(sheet, h.units, width, { italic: true, align: 'right' });
  const headerTop = sheet.rowCount + 1;
  const numberRow = writeHeader(sheet, data, headerTop);
  sheet.pageSetup.printTitlesRow = `${headerTop}:${numberRow}`;
  data.rows.forEach((row) => writeRow(sheet, data, row, false));
  writeRow(sheet, data, data.total, true);
  sheet.addRow([]);
  writeSignatures(sheet, width, formDateLine(data));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Rows left blank under the signature titles for the handwritten signatures and the seal. */
const SIGNING_ROWS = 5;

/**
 * The place-and-date line in italics on the right half ("Hà Nội, ngày 20 tháng 11 năm 2026"), then
 * "Người lập biểu" on the left half and "Thủ trưởng cơ quan" on the right, each with its hint, then
 * the space to sign: the print area reaches past it, so a form ending low on a page still prints
 * room for the signatures and the seal.
 */
function writeSignatures(sheet: Worksheet, width: number, dateLine: string) {
  const half = Math.max(2, Math.floor(width / 2));
  const dated = sheet.addRow([]);
  dated.getCell(half + 1).value = dateLine;
  sheet.mergeCells(dated.number, half + 1, dated.number, width);
  dated.font = { ...FONT, italic: true };
  dated.alignment = { horizontal: 'center' };
  for (const [left, right, style] of [
    [vi.preparer, vi.head, { bold: true }],
    [vi.preparerHint, vi.headHint, { italic: true }],
  ] as const) {
    const row = sheet.addRow([left]);
    row.getCell(half + 1).value = right;
    sheet.mergeCells(row.number, 1, row.number, half);
    sheet.mergeCells(row.number, half + 1, row.number, width);
    row.font = { ...FONT, ...style };
    row.alignment = { horizontal: 'center' };
  }
  const last = sheet.rowCount + SIGNING_ROWS;
  sheet.getRow(last).height = 15;
  sheet.pageSetup.printArea = `A1:${sheet.getColumn(width).letter}${last}`;
}
