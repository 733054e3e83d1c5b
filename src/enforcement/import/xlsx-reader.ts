import { type CellValue as ExcelValue, Workbook, type Worksheet } from 'exceljs';

import { enforcementImportMessagesVi as m } from '../../common/i18n/enforcement-import-messages.vi';
import { tableFromRows } from './header-row';
import { type CellValue, fileError, type ReadResult, type TableRow } from './import-table';

// XLSX (first worksheet) read with exceljs. Cells keep their type: numbers stay numbers (read with
// Excel's 15 significant digits), date cells arrive as the day at UTC midnight, formulas give their
// cached result, rich text and hyperlinks their text. Row numbers are Excel's own.

type LoadInput = Parameters<Workbook['xlsx']['load']>[0];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function objectCell(value: Record<string, unknown>): CellValue {
  if (Array.isArray(value.richText)) {
    const runs = value.richText as { text?: unknown }[];
    return runs.map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
  }
  if ('result' in value) return toCell(value.result as ExcelValue); // formula: its cached value
  if (typeof value.text === 'string') return value.text; // hyperlink
  if (typeof value.error === 'string') return value.error; // '#N/A', '#VALUE!'… fail as values
  return null;
}

export function toCell(value: ExcelValue | undefined): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return value;
  }
  if (isRecord(value)) {
    const cell = objectCell(value);
    return typeof cell === 'string' ? cell.normalize('NFC') : cell;
  }
  return null;
}

function sheetRows(sheet: Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values : [];
    rows.push({ row: rowNumber, cells: Array.from(values.slice(1), (v) => toCell(v)) }); // [0] unused
  });
  return rows;
}

async function loadWorkbook(bytes: Uint8Array): Promise<Workbook | null> {
  const workbook = new Workbook();
  try {
    // exceljs declares its own Buffer type, narrower than Node's Buffer/Uint8Array.
    await workbook.xlsx.load(bytes as unknown as LoadInput);
    return workbook;
  } catch {
    return null;
  }
}

/** Reads the first worksheet; `knownHeaders` (normalised) locate the header row. */
export async function readXlsx(
  bytes: Uint8Array,
  knownHeaders: ReadonlySet<string>,
): Promise<ReadResult> {
  const workbook = await loadWorkbook(bytes);
  if (!workbook) return { table: null, errors: [fileError('unreadable', m.file.unreadable)] };
  const sheet = workbook.worksheets[0];
  if (!sheet) return { table: null, errors: [fileError('noSheet', m.file.noSheet)] };
  const table = tableFromRows(sheetRows(sheet), knownHeaders);
  return table
    ? { table, errors: [] }
    : { table: null, errors: [fileError('empty', m.file.empty)] };
}
