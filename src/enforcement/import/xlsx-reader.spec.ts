import { Workbook } from 'exceljs';

import { loadImportColumns, normalizeLabel } from './import-columns';
import { parseEnforcementImport } from './import-enforcement-file';
import { HEADERS } from './import-samples';
import { readXlsx } from './xlsx-reader';

const TODAY = '2025-06-30';
const KNOWN = new Set(loadImportColumns().columns.map((c) => normalizeLabel(c.header)));
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A sheet as offices make it: a title, a blank row, the header on row 3, typed cells. */
async function workbookBytes(): Promise<Uint8Array> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Quyết định tồn đọng');
  sheet.getCell('A1').value = 'DANH SÁCH QUYẾT ĐỊNH ĐÃ CÓ HIỆU LỰC PHÁP LUẬT';
  sheet.getRow(3).values = [...HEADERS];
  const col = (header: (typeof HEADERS)[number]) => HEADERS.indexOf(header) + 1;
  const decision = (row: number, type: string) => {
    const r = sheet.getRow(row);
    r.getCell(col('STT')).value = row - 3;
    r.getCell(col('Số quyết định')).value = `${row}/QĐ-UBND`;
    r.getCell(col('Ngày ban hành')).value = utc(2024, 3, 5);
    r.getCell(col('Ngày có hiệu lực')).value = '05/04/2024';
    r.getCell(col('Cơ quan ban hành (mã)')).value = 'HN-UBND';
    r.getCell(col('Loại quyết định')).value = 'Kết luận nội dung tố cáo';
    r.getCell(col('Loại nội dung thi hành')).value = type;
    return r;
  };
  const money = decision(4, 'Thu hồi tiền cho Nhà nước');
  money.getCell(col('Số tiền phải thu (đồng)')).value = 1234568;
  money.getCell(col('Số tiền đã thu, đã trả (đồng)')).value = { formula: 'H4/2', result: 617284 };
  const land = decision(5, 'Trả lại đất cho tổ chức');
  land.getCell(col('Diện tích (m²)')).value = 840.5;
  land.getCell(col('Đã thực hiện')).value = true;
  land.getCell(col('Ngày hoàn thành')).value = utc(2024, 5, 10);
  land.getCell(col('Ghi chú')).value = {
    richText: [{ text: 'Đã trả ' }, { text: 'đủ', font: { bold: true } }],
  };
  decision(6, 'Thu hồi tiền').getCell(col('Số tiền phải thu (đồng)')).value = 1234.5;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('reading XLSX files (first worksheet, exceljs)', () => {
  it('finds the header under a title and keeps typed cells and Excel row numbers', async () => {
    const read = await readXlsx(await workbookBytes(), KNOWN);
    expect(read.table?.headerRow).toBe(3);
    expect(read.table?.rows.map((r) => r.row)).toEqual([4, 5, 6]);
    expect(read.table?.rows[0]?.cells[2]).toEqual(utc(2024, 3, 5));
  });

  it('imports numbers, dates, formulas and rich text, naming the bad row', async () => {
    const result = await parseEnforcementImport(await workbookBytes(), 'xlsx', { today: TODAY });
    expect(result.errors).toEqual([
      {
        row: 6,
        field: 'Số tiền phải thu (đồng)',
        code: 'moneyFraction',
        message: 'Số tiền tính bằng đồng, không có phần lẻ',
      },
    ]);
    expect(result.rows.map((r) => [r.row, r.decision.issuedOn, r.decision.kind])).toEqual([
      [4, '2024-03-05', 'denunciation_conclusion'],
      [5, '2024-03-05', 'denunciation_conclusion'],
    ]);
    expect(result.rows[0]?.item.required).toEqual({ amount: '1234568' });
    expect(result.rows[0]?.progress).toMatchObject({ complete: false, amountDone: '617284' });
    expect(result.rows[1]?.item.required).toEqual({ area: '840.5' });
    expect(result.rows[1]?.progress).toMatchObject({ complete: true, completedOn: '2024-05-10' });
    expect(result.rows[1]?.note).toBe('Đã trả đủ');
  });

  it('reports a file that is not an XLSX workbook', async () => {
    const result = await parseEnforcementImport(new TextEncoder().encode('xin chào'), 'xlsx', {
      today: TODAY,
    });
    expect(result.errors).toEqual([expect.objectContaining({ row: 0, code: 'unreadable' })]);
  });
});
