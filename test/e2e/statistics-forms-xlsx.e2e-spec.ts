import { type Cell, Workbook, type Worksheet } from 'exceljs';

import { Role } from '../../src/auth/role';
import { EnforcementType as T } from '../../src/decisions/domain/recommended-measures';
import { FORM_CODES, type FormCode } from '../../src/statistics/domain/form-definition';
import {
  insertDecision,
  land,
  money,
  openEnforcement,
  progress,
} from '../factories/enforcement.factory';
import { seedRandomStatistics } from '../factories/statistics.factory';
import { linkPetitionsToVisits } from '../factories/statistics-reception.factory';
import { getFile } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import type { FormJson } from '../support/form-json';
import { createTestApp, type TestApp } from '../support/test-app';

// DOMAIN §7.2, DESIGN §5: every official form downloaded as XLSX is the printable, signable form
// of the same figures as its JSON — landscape A4, the Vietnamese heading and merged multi-level
// headers, the "MS" row, one row per unit and the total, the dated signatures. On a seeded random
// dataset over the city (HN) and two child units, plus decisions whose money is not a whole Trđ.

const QUERY = { from: '2026-02-01', to: '2026-09-30' };

/** The titles as printed on the forms (TT 02/2021 layout, DOMAIN §7.2), with their diacritics. */
const TITLES: Record<FormCode, string> = {
  '01/TCD': 'TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT',
  '02/TCD': 'TỔNG HỢP KẾT QUẢ PHÂN LOẠI, XỬ LÝ ĐƠN QUA TIẾP CÔNG DÂN',
  '01/XLD': 'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN',
  '02/XLD': 'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN KHIẾU NẠI',
  '03/XLD': 'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN TỐ CÁO',
  '04/XLD': 'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN KIẾN NGHỊ, PHẢN ÁNH',
  '01/KQGQ': 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI THUỘC THẨM QUYỀN',
  '02/KQGQ': 'TỔNG HỢP KẾT QUẢ THI HÀNH QUYẾT ĐỊNH GIẢI QUYẾT KHIẾU NẠI',
  '03/KQGQ': 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO THUỘC THẨM QUYỀN',
  '04/KQGQ': 'TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾT LUẬN NỘI DUNG TỐ CÁO',
};

type Column = FormJson['columns'][number] & { header: string; parents: string[] };
type Json = Omit<FormJson, 'columns'> & { columns: Column[] };

async function firstSheet(buffer: Buffer): Promise<Worksheet> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

const rowTexts = (sheet: Worksheet, row: number, width: number) =>
  Array.from({ length: width }, (_, i) => sheet.getCell(row, i + 1).text);

/** The address of the cell a cell is merged into (itself when not merged). */
const masterOf = (cell: Cell) => cell.master.address;

/** Digits after the decimal point of a number format ('#,##0' → 0, '#,##0.00' → 2); NaN if odd. */
function formatDecimals(numFmt: string | undefined): number {
  const match = /^#,##0(?:\.(0+))?$/.exec(numFmt ?? '');
  return match ? (match[1]?.length ?? 0) : Number.NaN;
}

/** A JSON cell as the spreadsheet must hold it: numbers as numbers, shown with every decimal. */
function expectCell(cell: Cell, column: Column, value: number | string | null | undefined) {
  const at = { cell: cell.address, column: column.number };
  if (value === null || value === undefined || column.unit === 'text') {
    expect({ ...at, value: cell.value ?? null }).toEqual({ ...at, value: value ?? null });
    return;
  }
  const decimals = String(value).split('.')[1]?.length ?? 0;
  expect({ ...at, value: cell.value, decimals: formatDecimals(cell.numFmt) }).toEqual({
    ...at,
    value: Number(value),
    decimals,
  });
}

jest.setTimeout(60_000);

describe('official report forms as XLSX, for every form', () => {
  let t: TestApp;
  let city: string;
  let cityName: string;
  let leader: TestOfficer;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-11-20T03:00:00Z') });
    city = await agencyIdByCode(t, 'HN');
    const tttp = await agencyIdByCode(t, 'HN-TTTP');
    const btcd = await agencyIdByCode(t, 'HN-BTCD');
    const [agency] = await t.dataSource.query<{ name: string }[]>(
      'SELECT name FROM agency WHERE id = $1',
      [city],
    );
    cityName = agency!.name;
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
    const officer = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: tttp });
    await seedRandomStatistics(t, {
      seed: 20261120,
      officerId: officer.id,
      agencyIds: [city, tttp, btcd],
      start: '2026-01-01',
      days: 270,
    });
    await linkPetitionsToVisits(t); // 02/TCD
    // The random conclusions find the denunciation right, wrong or partly right (03/KQGQ 24–29).
    await t.dataSource.query(
      `UPDATE decision SET content_conclusion = outcome WHERE kind = 'denunciation_conclusion'`,
    );
    // Decisions issued in the period with every kind of measure, money that is not a whole
    // million đồng (Trđ with 6 decimals) and land with decimals (01/KQGQ, 03/KQGQ), each partly
    // carried out in the period (02/KQGQ, 04/KQGQ).
    for (const kind of ['complaint_first_round', 'denunciation_conclusion'] as const) {
      const decision = await insertDecision(t, {
        agencyId: tttp,
        signerId: leader.id,
        kind,
        issuedOn: '2026-03-02',
        legalEffectOn: '2026-03-20',
        measures: [
          { type: T.RecoverMoney, amount: '2600512345' },
          { type: T.RecoverLand, area: '2982.25' },
          { type: T.ReturnMoneyOrg, amount: '7020000000', beneficiaries: 2 },
          { type: T.ReturnLandOrg, area: '840', beneficiaries: 1 },
          { type: T.ReturnMoneyPerson, amount: '150500000', beneficiaries: 3 },
          { type: T.ReturnLandPerson, area: '120.5', beneficiaries: 1 },
          { type: T.DisciplineOrg, collectives: 2 },
          { type: T.DisciplinePerson, persons: 3, officials: 1 },
          { type: T.ReferInvestigation, persons: 2, officials: 1 },
        ],
      });
      let view = await openEnforcement(t, leader, decision);
      const steps: [number, Record<string, unknown>][] = [
        [0, money('2026-04-10', '1300256172')],
        [1, land('2026-04-11', '1000.75')],
        [2, money('2026-04-12', '7020000000')],
        [3, land('2026-04-13', '840')],
        [4, money('2026-04-14', '50000001')],
        [5, land('2026-04-15', '20.5')],
        [6, { on: '2026-05-02', documentRef: 'QĐ-KL-T', measure: 'Khiển trách', collectives: 1 }],
        [
          7,
          {
            on: '2026-05-03',
            documentRef: 'QĐ-KL-C',
            measure: 'Cảnh cáo',
            persons: 2,
            officials: 1,
          },
        ],
        [8, { on: '2026-05-04', documentRef: 'QĐ-KT', cases: 1, persons: 1, officials: 1 }],
      ];
      for (const [position, body] of steps) {
        view = await progress(t, leader, view, position, body);
      }
    }
  }, 120_000);
  afterAll(() => t.close());

  const slug = (code: string) => code.replace('/', '-').toLowerCase();

  it.each(FORM_CODES)(
    '%s: landscape, Vietnamese heading and headers, MS row, the JSON figures per unit and in total, ready to sign',
    async (code) => {
      const json = await t.http
        .get(`/api/v1/statistics/forms/${slug(code)}`)
        .query({ agencyId: city, ...QUERY })
        .set(bearer(leader.token));
      expect(json.status).toBe(200);
      const form = json.body as Json;
      // The comparison means something: many of the form's figures are not zero.
      const figures = form.columns.filter((c) => c.unit !== 'text');
      const nonZero = figures.filter((c) => Number(form.total.values[c.number] ?? 0) !== 0);
      expect(nonZero.length).toBeGreaterThanOrEqual(figures.length * 0.4);
      expect(form.rows.length).toBeGreaterThan(3);

      const file = await getFile(t, leader, `/api/v1/statistics/forms/${slug(code)}`, {
        agencyId: city,
        ...QUERY,
        format: 'xlsx',
      });
      expect([file.status, file.type]).toEqual([200, expect.stringContaining('spreadsheetml')]);
      const sheet = await firstSheet(file.body);
      const width = form.columns.length + 1;

      // Landscape A4, fitted to one page wide.
      expect(sheet.pageSetup).toMatchObject({
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });

      // Heading: issuer, "Biểu số …", the title, the period.
      expect([1, 2, 3, 4].map((r) => sheet.getCell(r, 1).text)).toEqual([
        cityName.toUpperCase(),
        `Biểu số ${code}`,
        TITLES[code],
        'Số liệu tính từ ngày 01/02/2026 đến ngày 30/09/2026',
      ]);
      expect(sheet.getCell(3, 1).font.bold).toBe(true);
      expect(masterOf(sheet.getCell(3, width))).toBe('A3'); // the title spans the table

      // Merged multi-level headers: "Đơn vị" down every header row; on each level a group header
      // over exactly the adjacent columns that share it; a column's own header down to the MS row.
      let top = 1;
      while (sheet.getCell(top, 1).text !== 'Đơn vị') top += 1;
      const depth = Math.max(...form.columns.map((c) => c.parents.length + 1));
      const expectedText = (c: Column, level: number) => c.parents[level] ?? c.header;
      const group = (c: Column, level: number) =>
        level < c.parents.length ? c.parents.slice(0, level + 1).join('›') : `own:${c.number}`;
      for (let level = 0; level < depth; level += 1) {
        const r = top + level;
        expect(masterOf(sheet.getCell(r, 1))).toBe(`A${top}`);
        form.columns.forEach((c, i) => {
          const cell = sheet.getCell(r, i + 2);
          const at = { row: r, column: c.number };
          expect({ ...at, text: cell.text }).toEqual({ ...at, text: expectedText(c, level) });
          const previous = form.columns[i - 1];
          const mergedLeft = masterOf(cell) === masterOf(sheet.getCell(r, i + 1));
          const shared = previous !== undefined && group(previous, level) === group(c, level);
          expect({ ...at, mergedLeft }).toEqual({ ...at, mergedLeft: shared });
          if (level > c.parents.length) {
            expect(masterOf(cell)).toBe(masterOf(sheet.getCell(top + c.parents.length, i + 2)));
          }
        });
      }
      const msRow = top + depth;
      expect(rowTexts(sheet, msRow, width)).toEqual([
        'MS',
        ...form.columns.map((c) => String(c.number)),
      ]);
      expect(sheet.pageSetup.printTitlesRow).toBe(`${top}:${msRow}`); // repeated on every page

      // One row per unit (in the JSON's order), then the total: the same figures, as numbers.
      const body = [...form.rows.map((r) => ({ name: r.unit.name, values: r.values }))];
      body.push({ name: 'Tổng cộng', values: form.total.values });
      body.forEach((row, k) => {
        const r = msRow + 1 + k;
        expect(sheet.getCell(r, 1).text).toBe(row.name);
        expect(sheet.getCell(r, 2).font.bold ?? false).toBe(k === body.length - 1);
        form.columns.forEach((c, i) =>
          expectCell(sheet.getCell(r, i + 2), c, row.values[c.number]),
        );
      });
      const totalRow = msRow + body.length;
      expect(sheet.getCell(totalRow + 1, 1).text).toBe('');

      // Ready to sign: the place-and-date line in italics on the right half (TT 01/2024/TT-TTCP
      // forms, NĐ 30/2020: the place of the agency tree, dated the day the form is produced — the
      // test clock's 20/11/2026), then the preparer on the left half, the head on the right, each
      // with its hint, and room under them for the signatures inside what is printed.
      let sign = totalRow + 1;
      while (sheet.getCell(sign, 1).text !== 'Người lập biểu' && sign < totalRow + 5) sign += 1;
      const half = Math.max(2, Math.floor(width / 2));
      const right = sheet.getCell(sign, half + 1);
      const dated = sheet.getCell(sign - 1, half + 1);
      expect([sheet.getCell(sign - 1, 1).text, dated.text]).toEqual([
        '',
        'Hà Nội, ngày 20 tháng 11 năm 2026',
      ]);
      expect(dated.font.italic).toBe(true);
      expect(dated.alignment.horizontal).toBe('center');
      expect(masterOf(sheet.getCell(sign - 1, width))).toBe(dated.address);
      expect([sheet.getCell(sign, 1).text, right.text]).toEqual([
        'Người lập biểu',
        'Thủ trưởng cơ quan',
      ]);
      expect([sheet.getCell(sign + 1, 1).text, sheet.getCell(sign + 1, half + 1).text]).toEqual([
        '(Ký, ghi rõ họ tên)',
        '(Ký tên, đóng dấu)',
      ]);
      expect(sheet.getCell(sign, 1).font.bold).toBe(true);
      expect(masterOf(sheet.getCell(sign, half))).toBe(`A${sign}`);
      expect(masterOf(sheet.getCell(sign, width))).toBe(right.address);
      const printArea = sheet.pageSetup.printArea ?? '';
      const lastPrinted = Number(/(\d+)$/.exec(printArea)?.[1] ?? 0);
      expect(lastPrinted).toBeGreaterThanOrEqual(sign + 5);
    },
  );
});
