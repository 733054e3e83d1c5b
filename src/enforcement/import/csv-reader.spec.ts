import { readCsv } from './csv-reader';
import { loadImportColumns, normalizeLabel } from './import-columns';
import { parseEnforcementImport } from './import-enforcement-file';
import { BASE_ROW, csvText, type SampleRow, utf8 } from './import-samples';
import type { ReadResult } from './import-table';

const KNOWN = new Set(loadImportColumns().columns.map((c) => normalizeLabel(c.header)));
const TODAY = '2025-06-30';

function table(result: ReadResult) {
  if (!result.table) throw new Error(JSON.stringify(result.errors));
  return result.table;
}

const withNote = (note: string): SampleRow => ({ ...BASE_ROW, 'Ghi chú': note });

describe('reading CSV files as Vietnamese offices export them (RFC 4180)', () => {
  it.each([
    ['semicolon', ';'],
    ['comma', ','],
    ['tab', '\t'],
  ])('detects the %s delimiter, even with commas inside Vietnamese headers', (_name, delimiter) => {
    const t = table(readCsv(csvText([withNote('a; b, c')], { delimiter }), KNOWN));
    expect(t.header).toContain('Trong đó cán bộ, công chức, viên chức');
    expect(t.rows[0]?.cells).toContain('a; b, c');
  });

  it('strips the UTF-8 BOM that Excel writes, so the first header still matches', async () => {
    const bytes = utf8(`\uFEFF${csvText([BASE_ROW])}`);
    expect(table(readCsv(bytes, KNOWN)).header[0]).toBe('STT');
    const result = await parseEnforcementImport(bytes, 'csv', { today: TODAY });
    expect(result.errors).toEqual([]);
  });

  it('keeps quoted delimiters, doubled quotes and line breaks inside a cell (one Excel row)', () => {
    const note = 'Nộp "lần 1";\r\nđã đủ';
    const t = table(readCsv(csvText([withNote(note), BASE_ROW]), KNOWN));
    expect(t.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(t.rows[0]?.cells.at(-1)).toBe(note);
  });

  it('normalises decomposed Vietnamese (NFD, as macOS writes it) to NFC', async () => {
    const nfd = csvText([withNote('Thu hồi đất lấn chiếm')]).normalize('NFD');
    const result = await parseEnforcementImport(utf8(nfd), 'csv', { today: TODAY });
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.note).toBe('Thu hồi đất lấn chiếm'.normalize('NFC'));
    expect(result.rows[0]?.decision.number).toBe('123/QĐ-UBND');
  });

  it('reads UTF-16 with a BOM ("Unicode text" from Excel)', () => {
    const text = csvText([withNote('Đã nộp')], { delimiter: '\t' });
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(table(readCsv(bytes, KNOWN)).rows[0]?.cells.at(-1)).toBe('Đã nộp');
  });

  it('honours Excel\'s "sep=" line and does not count it as a row', () => {
    const t = table(readCsv(`sep=,\r\n${csvText([BASE_ROW], { delimiter: ',' })}`, KNOWN));
    expect(t.headerRow).toBe(1);
    expect(t.rows[0]?.row).toBe(2);
  });

  it('numbers rows as Excel does, blank lines included, and skips blank rows', async () => {
    const text =
      csvText([BASE_ROW]).replace(/\r\n$/, '\r\n\r\n;;\r\n') + csvText([BASE_ROW]).split('\r\n')[1];
    const t = table(readCsv(text, KNOWN));
    expect(t.rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    const result = await parseEnforcementImport(utf8(text), 'csv', { today: TODAY });
    expect(result.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it('refuses a legacy code page (Windows-1258): the diacritics would be garbled', () => {
    const bytes = Uint8Array.from([0x53, 0xf4, 0x3b, 0x0a]); // "Sô;" in a single-byte code page
    expect(readCsv(bytes, KNOWN)).toEqual({
      table: null,
      errors: [expect.objectContaining({ row: 0, code: 'encoding' })],
    });
  });

  it('refuses an unclosed quote, naming the line', () => {
    const result = readCsv(`${csvText([BASE_ROW])}1;"chưa đóng`, KNOWN);
    expect(result.errors).toEqual([expect.objectContaining({ row: 0, code: 'malformed' })]);
    expect(result.errors[0]?.message).toMatch(/dòng 3/);
  });

  it('reports an empty file', () => {
    expect(readCsv('\r\n\r\n', KNOWN).errors).toEqual([expect.objectContaining({ code: 'empty' })]);
  });
});
