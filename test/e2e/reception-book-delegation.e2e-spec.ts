import { Workbook } from 'exceljs';

import { Role } from '../../src/auth/role';
import { getFile, newVisitor, postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, createOfficer, type TestOfficer } from '../support/auth';
import { pdfText } from '../support/pdf-text';
import { createTestApp, type TestApp } from '../support/test-app';

const BOOK = { from: '2026-03-01', to: '2026-03-31' };
const URL = '/api/v1/reception/book';

/** Every cell of the book's sheet that mentions `text`, as written. */
async function xlsxCellsWith(buffer: Buffer, text: string): Promise<string[]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))),
  );
  return cells.filter((cell) => cell.includes(text));
}

/**
 * DOMAIN.md §2.2 column 3 (Sổ tiếp công dân, TT 06/2014 Mẫu 01): a delegation's line names all its
 * representatives (Luật Khiếu nại 2011 Điều 8 khoản 4), its head count in column 5; a denouncing
 * delegation stays pseudonyms (Luật Tố cáo 2018 Điều 9 khoản 1 điểm b).
 */
describe('delegations in the reception book', () => {
  let t: TestApp;
  let recorder: TestOfficer;
  let colleague: TestOfficer;
  let pseudonyms: string[];
  let denouncers: string[];
  const names = ['Trần Đại An', 'Phạm Đại Bình', 'Vũ Thành Viên', 'Đỗ Đại Dung'];
  const representatives = [names[0]!, names[1]!, names[3]!];

  beforeAll(async () => {
    t = await createTestApp();
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    recorder = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    colleague = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    const delegation = {
      personsCount: 12,
      isDelegation: true,
      representatives: [0, 1, 3],
      outcome: 'received_for_handling',
    };
    const res = await postVisit(
      t,
      recorder,
      visitBody({ ...delegation, visitors: names.map((n) => newVisitor(n)) }),
    ).expect(201);
    pseudonyms = (res.body.visitors as { pseudonym: string; role: string }[])
      .filter((v) => v.role === 'representative')
      .map((v) => v.pseudonym);
    const denouncing = await postVisit(
      t,
      recorder,
      visitBody({
        ...delegation,
        visitors: ['Lý Mật Một', 'Lý Mật Hai', 'Lý Mật Ba', 'Lý Mật Bốn'].map((n) => newVisitor(n)),
        contentType: 'denunciation',
        field: 'corruption',
        summary: 'Tố cáo cán bộ xã nhận tiền bồi thường thay dân',
      }),
    ).expect(201);
    denouncers = (denouncing.body.visitors as { pseudonym: string; role: string }[])
      .filter((v) => v.role === 'representative')
      .map((v) => v.pseudonym);
  });
  afterAll(() => t.close());

  it('names all 3 representatives of the 12-person delegation, not its other members, in the PDF and in one XLSX cell', async () => {
    const pdf = await pdfText((await getFile(t, recorder, URL, BOOK)).body);
    for (const name of representatives) expect(pdf).toContain(name);
    expect(pdf).not.toContain('Vũ Thành Viên');
    expect(pdf).toContain('12 người');
    const xlsx = (await getFile(t, recorder, URL, { ...BOOK, format: 'xlsx' })).body;
    const [cell, ...others] = await xlsxCellsWith(xlsx, representatives[0]!);
    expect(others).toEqual([]);
    expect(cell!.split('\n').map((line) => line.split(' – ')[0])).toEqual(representatives);
    expect(cell).not.toContain('Vũ Thành Viên');
    expect(cell).toMatch(/CCCD 001\d{9}/);
  });

  it('shows a colleague without the right to read them the 3 pseudonyms instead', async () => {
    const pdf = await pdfText((await getFile(t, colleague, URL, BOOK)).body);
    for (const pseudonym of pseudonyms) expect(pdf).toContain(pseudonym);
    for (const name of names) expect(pdf).not.toContain(name);
    const xlsx = (await getFile(t, colleague, URL, { ...BOOK, format: 'xlsx' })).body;
    expect(await xlsxCellsWith(xlsx, pseudonyms[0]!)).toEqual([pseudonyms.join('\n')]);
  });

  it('keeps a denouncing delegation’s representatives pseudonyms, even for their recorder', async () => {
    const pdf = await pdfText((await getFile(t, recorder, URL, BOOK)).body);
    for (const pseudonym of denouncers) expect(pdf).toContain(pseudonym);
    expect(pdf).not.toContain('Lý Mật');
    const xlsx = (await getFile(t, recorder, URL, { ...BOOK, format: 'xlsx' })).body;
    expect(await xlsxCellsWith(xlsx, denouncers[0]!)).toEqual([denouncers.join('\n')]);
    expect(await xlsxCellsWith(xlsx, 'Lý Mật')).toEqual([]);
  });
});
