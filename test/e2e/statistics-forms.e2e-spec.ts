import { Workbook } from 'exceljs';

import { Role } from '../../src/auth/role';
import { EnforcementType as T } from '../../src/decisions/domain/recommended-measures';
import { FORM_CODES } from '../../src/statistics/domain/form-definition';
import { loadFormDefinition } from '../../src/statistics/form-templates';
import { insertDecision, openEnforcement } from '../factories/enforcement.factory';
import { newSignatory, petitionBody, postPetition } from '../factories/petition.factory';
import { getFile, newVisitor, postVisit, visitBody } from '../factories/visit.factory';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { pdfText } from '../support/pdf-text';
import { createTestApp, type TestApp } from '../support/test-app';
import { xlsxText } from '../support/xlsx-text';
import type { FormJson } from '../support/form-json';

// GET /statistics/forms/{code} (DOMAIN §7.2, DESIGN §5) on a small hand-built 2026 dataset at the
// city inspectorate (HN-TTTP, a child unit of HN): visits, petitions and a complaint decision.

const CANARY = 'Trần Thị Canary Tốgiác';
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

jest.setTimeout(30_000);

describe('official report forms 01/TCD … 04/KQGQ', () => {
  let t: TestApp;
  let city: string;
  let tttp: string;
  let btcd: string;
  let leader: TestOfficer;

  const getForm = (code: string, query: Record<string, string> = {}) =>
    t.http
      .get(`/api/v1/statistics/forms/${code}`)
      .query({ agencyId: city, ...YEAR, ...query })
      .set(bearer(leader.token));

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-12-30T03:00:00Z') });
    city = await agencyIdByCode(t, 'HN');
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    btcd = await agencyIdByCode(t, 'HN-BTCD');
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: city });
    const desk = await createOfficer(t, {
      roles: [Role.ReceptionOfficer, Role.PetitionHandler],
      agencyId: tttp,
    });
    for (const body of [
      visitBody(),
      visitBody({
        personsCount: 6,
        isDelegation: true,
        visitors: [newVisitor('Lê Văn Đoàn'), newVisitor('Phạm Thị Đoàn')],
        representatives: [0, 1],
      }),
    ]) {
      const res = await postVisit(t, desk, body);
      expect([res.status, res.body]).toEqual([201, expect.anything()]);
    }
    for (const over of [
      { type: 'complaint' },
      { type: 'denunciation', signatories: [newSignatory(CANARY)], field: 'corruption' },
      {
        type: 'feedback',
        signatoryKind: 'many',
        signatories: [newSignatory('A'), newSignatory('B')],
      },
    ]) {
      const res = await postPetition(t, desk, petitionBody(over));
      expect([res.status, res.body]).toEqual([201, expect.anything()]);
    }
    // Received in 2025, not handled: carried over into 2026 (kỳ trước chuyển sang).
    const old = await postPetition(t, desk, petitionBody({ receivedOn: '2025-11-10' }));
    expect(old.status).toBe(201);
    // One visit at the citizen reception board (HN-BTCD), another child unit of HN.
    const board = await createOfficer(t, { roles: [Role.ReceptionOfficer], agencyId: btcd });
    expect((await postVisit(t, board, visitBody())).status).toBe(201);
    const decision = await insertDecision(t, {
      agencyId: tttp,
      signerId: leader.id,
      issuedOn: '2026-02-01',
      legalEffectOn: '2026-02-15',
      measures: [{ type: T.RecoverMoney, amount: '2600500000' }],
    });
    await openEnforcement(t, leader, decision);
  }, 60_000);

  afterAll(() => t.close());

  it.each(FORM_CODES)(
    '%s: formulas hold on every row and the total, which is the sum of the rows',
    async (code) => {
      const res = await getForm(code.replace('/', '-').toLowerCase());
      expect(res.status).toBe(200);
      const body = res.body as FormJson;
      expect(body.form.code).toBe(code);
      expect(body.form.title).toBe(loadFormDefinition(code).title);
      expect(body.checks).toEqual([]);
      expect(body.rows[0]!.unit.name).toMatch(/\(trực tiếp\)$/);
      for (const column of body.columns.filter((c) => c.unit !== 'text')) {
        const sum = body.rows.reduce((s, r) => s + Number(r.values[column.number] ?? 0), 0);
        expect(Number(body.total.values[column.number])).toBeCloseTo(sum, 6);
      }
      expect(JSON.stringify(body)).not.toContain('Canary');
    },
  );

  it('01/TCD counts each unit’s visits, persons and delegations; the total adds the units', async () => {
    const body = (await getForm(encodeURIComponent('01/TCD'))).body as FormJson;
    const row = body.rows.find((r) => r.unit.id === tttp)!;
    expect([row.values[1], row.values[4], row.values[5], row.values[8], row.values[9]]).toEqual([
      2, 2, 7, 1, 6,
    ]);
    expect(body.rows.find((r) => r.unit.id === btcd)?.values[1]).toBe(1);
    expect(body.total.values[1]).toBe(3);
  });

  it('01/XLD counts the petition carried over from 2025 and the three received, by signatories', async () => {
    const body = (await getForm('01-xld')).body as FormJson;
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => body.total.values[n])).toEqual([4, 0, 1, 0, 1, 2, 0]);
  });

  it('03/XLD and 04/XLD put the denunciation and the group feedback in their own forms', async () => {
    const denunciations = (await getForm('03-xld')).body as FormJson;
    const feedback = (await getForm('04-xld')).body as FormJson;
    expect([5, 6, 7].map((n) => denunciations.total.values[n])).toEqual([0, 1, 0]);
    expect([5, 6, 7].map((n) => feedback.total.values[n])).toEqual([1, 0, 0]);
    expect(feedback.rows.find((r) => r.unit.id === tttp)?.values[1]).toBe(1);
  });

  it('02/KQGQ shows the decision to implement and the money in Trđ, exact', async () => {
    const body = (await getForm('02-KQGQ')).body as FormJson;
    expect([body.total.values[1], body.total.values[2], body.total.values[3]]).toEqual([
      1,
      0,
      '2600.5',
    ]);
  });

  it('XLSX opens with the Vietnamese headers, the MS row, the figures and the signatures', async () => {
    const file = await getFile(t, leader, '/api/v1/statistics/forms/01-tcd', {
      agencyId: city,
      ...YEAR,
      format: 'xlsx',
    });
    expect(file.status).toBe(200);
    expect(file.type).toContain('spreadsheetml');
    const text = await xlsxText(file.body);
    for (const s of [
      'Tiếp thường xuyên',
      'Tổng số lượt tiếp',
      'MS',
      'Tổng cộng',
      'Người lập biểu',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('Canary');
  });

  it('PDF holds the title and a figure, and the file is named after the form and period', async () => {
    const res = await t.http
      .get('/api/v1/statistics/forms/03-xld')
      .query({ agencyId: city, period: '2026', convention: 'calendar', format: 'pdf' })
      .set(bearer(leader.token));
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain('bieu-03-XLD-2026.pdf');
    const file = await getFile(t, leader, '/api/v1/statistics/forms/01-xld', {
      agencyId: city,
      ...YEAR,
      format: 'pdf',
    });
    const text = await pdfText(file.body);
    expect(text).toContain('TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN');
    expect(text).toContain('Thủ trưởng cơ quan'.toUpperCase());
    // The place of the agency tree and the day the form is produced (the test clock), over the
    // head's signature (TT 01/2024/TT-TTCP forms).
    expect(text).toContain('Hà Nội, ngày 30 tháng 12 năm 2026');
    expect(text).not.toContain('Canary');
  });

  it('dates a ward’s form at the ward and the city’s at Hà Nội (NĐ 30/2020 Phụ lục I, địa danh)', async () => {
    // The place is the locality where the issuing agency sits (DOMAIN §8.2): Ủy ban nhân dân
    // phường Ba Đình (a commune-level unit since 1/7/2025) writes "Ba Đình", not the city's name.
    const ward = await agencyIdByCode(t, 'HN-P-BADINH');
    const cellTexts = async (file: Buffer) => {
      const workbook = new Workbook();
      await workbook.xlsx.load(file as unknown as ArrayBuffer);
      const cells: string[] = [];
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))),
      );
      return cells;
    };
    for (const [agencyId, place] of [
      [ward, 'Ba Đình'],
      [city, 'Hà Nội'],
    ] as const) {
      const query = { agencyId, ...YEAR };
      const json = await getForm('01-kqgq', { agencyId });
      expect(json.status).toBe(200);
      const xlsx = await getFile(t, leader, '/api/v1/statistics/forms/01-kqgq', {
        ...query,
        format: 'xlsx',
      });
      const pdf = await getFile(t, leader, '/api/v1/statistics/forms/01-tcd', {
        ...query,
        format: 'pdf',
      });
      expect([xlsx.status, pdf.status]).toEqual([200, 200]);
      const line = `${place}, ngày 30 tháng 12 năm 2026`;
      const cells = await cellTexts(xlsx.body);
      expect(cells).toContain(line);
      expect(await pdfText(pdf.body)).toContain(line);
      if (place !== 'Hà Nội') {
        expect(cells.filter((c) => c.includes('Hà Nội, ngày'))).toEqual([]);
        expect(await pdfText(pdf.body)).not.toContain('Hà Nội, ngày');
      }
    }
  });

  it('refuses an unknown form (code), format or agency with the stable error body', async () => {
    expectError(await getForm('05-tcd'), 400, 'VALIDATION_FAILED', 'code');
    expectError(await getForm('01-tcd', { format: 'docx' }), 400, 'VALIDATION_FAILED', 'format');
    expectError(
      await getForm('01-tcd', { agencyId: '00000000-0000-4000-8000-000000000000' }),
      404,
      'NOT_FOUND',
    );
  });
});
