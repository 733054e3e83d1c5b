import { Workbook, type Worksheet } from 'exceljs';

import { strictRenderPolicy } from '../render-policy';
import { sampleBookMeta, sampleBookRows } from '../samples/reception-samples';
import { receptionBookXlsx } from './reception-book.xlsx';

async function firstSheet(bytes: Buffer): Promise<Worksheet> {
  const workbook = new Workbook();
  // exceljs types declare their own `Buffer` interface, narrower than Node's Buffer<ArrayBufferLike>.
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new Error('no sheet');
  }
  return sheet;
}

const rowValues = (sheet: Worksheet, n: number): unknown[] =>
  (sheet.getRow(n).values as unknown[]).slice(1);

describe('Sổ tiếp công dân as XLSX', () => {
  it('writes title rows, Vietnamese headers and a landscape A4 print setup with repeated headers', async () => {
    const sheet = await firstSheet(
      await receptionBookXlsx(sampleBookRows(3), sampleBookMeta, strictRenderPolicy),
    );
    expect(sheet.name).toBe('Sổ tiếp công dân');
    expect(sheet.getCell('A1').value).toBe('THANH TRA THÀNH PHỐ');
    expect(sheet.getCell('A2').value).toBe('SỔ TIẾP CÔNG DÂN');
    expect(sheet.getCell('A3').value).toBe('Từ ngày 01/01/2026 đến ngày 31/03/2026');
    expect(rowValues(sheet, 5)).toEqual([
      'STT',
      'Ngày tiếp',
      'Họ tên – địa chỉ – số CMND/CCCD/Hộ chiếu của người được tiếp',
      'Nội dung vụ việc',
      'Phân loại đơn',
      'Số người',
      'Cơ quan đã giải quyết',
      'Hướng xử lý',
      'Theo dõi kết quả',
      'Ghi chú',
    ]);
    expect(rowValues(sheet, 6)[9]).toBe('(10)');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toBe('5:6');
    expect(sheet.getColumn(4).width).toBe(48);
    expect(sheet.getCell('A7').border.top?.style).toBe('thin');
  });

  it('keeps numbers as numbers and dates as dates', async () => {
    const sheet = await firstSheet(
      await receptionBookXlsx(sampleBookRows(3), sampleBookMeta, strictRenderPolicy),
    );
    const first = sheet.getRow(7);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(first.getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(6).value).toBe(12);
    expect(first.getCell(6).numFmt).toBe('#,##0');
    expect(first.getCell(5).value).toBe('Khiếu nại\nĐoàn đông người');
    expect(first.getCell(3).value).toBe(
      'Nguyễn Thị Hương 1\nphường Láng, Hà Nội\nCCCD số 001085010000',
    );
  });

  it('shows only the pseudonym of a confidential denouncer', async () => {
    const sheet = await firstSheet(
      await receptionBookXlsx(sampleBookRows(5), sampleBookMeta, strictRenderPolicy),
    );
    const fifth = sheet.getRow(11);
    expect(fifth.getCell(3).value).toBe('Người tố cáo TC-2026-005');
    expect(fifth.getCell(5).value).toBe('Tố cáo');
  });
});
