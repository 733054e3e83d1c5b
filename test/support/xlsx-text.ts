import { Workbook } from 'exceljs';

/** Every cell of every sheet of an XLSX file, as text (read back with the library that wrote it). */
export async function xlsxText(buffer: Buffer): Promise<string> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))),
  );
  return cells.join(' ');
}
