import { parse } from 'csv-parse/sync';

import { enforcementImportMessagesVi as m } from '../../common/i18n/enforcement-import-messages.vi';
import { normalizeLabel } from './import-columns';
import { tableFromRows } from './header-row';
import { fileError, type ReadResult } from './import-table';

// CSV as Vietnamese offices produce it (RFC 4180 quoting, parsed by csv-parse): UTF-8 with or
// without a BOM (Excel's "CSV UTF-8" writes one), UTF-16 with a BOM; ';' as the delimiter where
// Windows' list separator is ';' (Vietnamese regional settings), ',' or tab elsewhere. The
// delimiter is the one that splits the header row into the most known column headers; Excel's
// "sep=;" first line is honoured and, as in Excel, not counted as a row. Text is NFC-normalised.

const DELIMITERS = [';', ',', '\t'] as const;

function decode(input: Uint8Array | string): string | null {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const [b0, b1, b2] = input;
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(input.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(input.subarray(2));
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input.subarray(bom));
  } catch {
    return null; // Windows-1258 or another legacy code page: diacritics would be garbled
  }
}

function firstRecord(text: string, delimiter: string): string[] {
  try {
    return parse(text, { delimiter, to: 1, relax_column_count: true })[0] ?? [];
  } catch {
    return [];
  }
}

/** The delimiter giving the most known headers, then the most cells; ';' on a tie. */
export function detectDelimiter(text: string, knownHeaders: ReadonlySet<string>): string {
  let best: { delimiter: string; known: number; cells: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const cells = firstRecord(text, delimiter);
    const known = cells.filter((c) => knownHeaders.has(normalizeLabel(c))).length;
    const better =
      best === null || known > best.known || (known === best.known && cells.length > best.cells);
    if (better) best = { delimiter, known, cells: cells.length };
  }
  return best?.delimiter ?? DELIMITERS[0];
}

function csvError(error: unknown): ReadResult {
  const line = (error as { lines?: unknown }).lines;
  const detail = typeof line === 'number' ? `lỗi dấu ngoặc kép ở dòng ${line}` : 'không đọc được';
  return { table: null, errors: [fileError('malformed', m.file.malformed(detail))] };
}

/** Reads a CSV file into a table; `knownHeaders` are the normalised headers of the column list. */
export function readCsv(input: Uint8Array | string, knownHeaders: ReadonlySet<string>): ReadResult {
  const decoded = decode(input);
  if (decoded === null) return { table: null, errors: [fileError('encoding', m.file.encoding)] };
  let text = decoded.normalize('NFC');
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) text = text.slice(sep[0].length);
  const delimiter = sep?.[1] ?? detectDelimiter(text, knownHeaders);
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true });
  } catch (error) {
    return csvError(error);
  }
  const rows = records.map((cells, i) => ({ row: i + 1, cells }));
  const table = tableFromRows(rows, knownHeaders);
  return table
    ? { table, errors: [] }
    : { table: null, errors: [fileError('empty', m.file.empty)] };
}
