import { Role } from '../../src/auth/role';
import { csvText, type SampleRow } from '../../src/enforcement/import/import-samples';
import { agencyIdByCode, bearer, createOfficer, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';
import { figures } from '../factories/enforcement.factory';

// Import of decisions already in force (issue 8): all rows or none, with the per-row report.

function rows(count: number): SampleRow[] {
  return Array.from({ length: count }, (_, i) => ({
    'Số quyết định': `${i + 1}/QĐ-TTTP`,
    'Ngày ban hành': '05/03/2025',
    'Ngày có hiệu lực': '2025-04-05',
    'Cơ quan ban hành (mã)': 'HN-TTTP',
    'Loại quyết định': 'Quyết định giải quyết khiếu nại lần đầu',
    'Loại nội dung thi hành': 'Thu hồi tiền cho Nhà nước',
    'Số tiền phải thu (đồng)': '1.234.567',
    ...(i % 4 === 0
      ? { 'Số tiền đã thu, đã trả (đồng)': '1.234.567', 'Ngày hoàn thành': '01/06/2025' }
      : {}),
  }));
}

describe('import of decisions already in force', () => {
  let t: TestApp;
  let tttp: string;
  let leader: TestOfficer;

  const post = (body: object, who = leader) =>
    t.http.post('/api/v1/enforcement/imports').set(bearer(who.token)).send(body);
  const csv = (data: SampleRow[]) => ({
    format: 'csv',
    contentBase64: Buffer.from(csvText(data), 'utf8').toString('base64'),
  });
  const count = async (table: string) =>
    Number((await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp();
    tttp = await agencyIdByCode(t, 'HN-TTTP');
    leader = await createOfficer(t, { roles: [Role.Leader], agencyId: tttp });
  }, 60_000);
  afterAll(() => t.close());

  it('writes nothing when 3 of 1,000 rows are bad, and names the 3 rows and their columns', async () => {
    const data = rows(1000);
    data[10] = { ...data[10], 'Số tiền phải thu (đồng)': '-5' };
    data[500] = { ...data[500], 'Ngày có hiệu lực': '2099-01-01' };
    data[900] = { ...data[900], 'Loại nội dung thi hành': 'Không rõ' };
    const res = await post(csv(data));
    expectError(res, 400, 'ENFORCEMENT_IMPORT_INVALID');
    const report = (res.body as { details: { rows: { row: number; field: string }[] } }).details
      .rows;
    expect([...new Set(report.map((r) => r.row))]).toEqual([12, 502, 902]);
    expect(report.map((r) => r.field)).toEqual(
      expect.arrayContaining([
        'Số tiền phải thu (đồng)',
        'Ngày có hiệu lực',
        'Loại nội dung thi hành',
      ]),
    );
    expect(await count('enforcement_decision')).toBe(0);
    expect(await count('enforcement_item')).toBe(0);
  });

  it('names an issuer code unknown or outside the scope', async () => {
    const data = rows(3);
    data[1] = { ...data[1], 'Cơ quan ban hành (mã)': 'XX-KHONG-CO' };
    const res = await post(csv(data));
    expectError(res, 400, 'ENFORCEMENT_IMPORT_INVALID', 'rows.3.Cơ quan ban hành (mã)');
    expect(await count('enforcement_decision')).toBe(0);
  });

  it('imports 1,000 valid rows in one transaction; they count in the figures', async () => {
    const res = await post(csv(rows(1000)));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      rows: 1000,
      decisions: 1000,
      items: 1000,
      completedDecisions: 250,
    });
    expect(await count('enforcement_decision')).toBe(1000);
    expect(await count('enforcement_progress')).toBe(250);
    const year = await figures(t, leader, '2025-01-01', '2025-12-31', tttp);
    expect(year.form02.figures).toMatchObject({
      toImplement: 1000,
      newlyEffective: 1000,
      completed: 250,
      stateMoneyToRecover: String(1234567n * 1000n),
      stateMoneyRecovered: String(1234567n * 250n),
    });
    const outstanding = await t.http
      .get('/api/v1/enforcement/outstanding?sort=amount&limit=5')
      .set(bearer(leader.token));
    expect(outstanding.body).toMatchObject({ total: 750 });
  });

  it('refuses re-importing the same file: writes nothing and names every row', async () => {
    const again = rows(1000);
    again[3] = { ...again[3], 'Số quyết định': ' 4/qđ-tttp ' }; // case and spacing do not matter
    const res = await post(csv(again));
    expectError(res, 400, 'ENFORCEMENT_IMPORT_INVALID', 'rows.2.Số quyết định');
    const report = (
      res.body as { details: { rows: { row: number; field: string; code: string }[] } }
    ).details.rows;
    expect(report).toHaveLength(1000);
    expect(report.map((r) => r.row)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 2));
    expect(new Set(report.map((r) => r.code))).toEqual(new Set(['alreadyTracked']));
    expect(await count('enforcement_decision')).toBe(1000);
    expect(await count('enforcement_item')).toBe(1000);
  });

  it('refuses a file with a repeated row, but takes several items of one decision', async () => {
    const item = (type: string, amount: string): SampleRow => ({
      ...rows(1)[0],
      'Số quyết định': '77/QĐ-TTTP',
      'Ngày ban hành': '05/03/2026',
      'Ngày có hiệu lực': '2026-03-06',
      'Loại nội dung thi hành': type,
      'Số tiền phải thu (đồng)': amount,
      'Số tiền đã thu, đã trả (đồng)': '',
      'Ngày hoàn thành': '',
    });
    const state = item('Thu hồi tiền cho Nhà nước', '5.000.000');
    const before = await count('enforcement_decision');
    const res = await post(csv([state, item('Thu hồi tiền cho Nhà nước', '7.000.000'), state]));
    expectError(res, 400, 'ENFORCEMENT_IMPORT_INVALID', 'rows.4.Số quyết định');
    const report = (
      res.body as { details: { rows: { row: number; code: string; message: string }[] } }
    ).details.rows;
    expect(report).toEqual([
      expect.objectContaining({
        row: 4,
        code: 'duplicateRow',
        message: expect.stringContaining('dòng 2'),
      }),
    ]);
    expect(await count('enforcement_decision')).toBe(before);

    const ok = await post(csv([state, item('Thu hồi tiền cho Nhà nước', '7.000.000')]));
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ decisions: 1, items: 2 });
    expectError(
      await post(csv([state])),
      400,
      'ENFORCEMENT_IMPORT_INVALID',
      'rows.2.Số quyết định',
    );
  });

  it('refuses anything but csv or xlsx, and a non-leader', async () => {
    expectError(
      await post({ format: 'pdf', contentBase64: 'AAAA' }),
      400,
      'VALIDATION_FAILED',
      'format',
    );
    const investigator = await createOfficer(t, { roles: [Role.Investigator], agencyId: tttp });
    expect((await post(csv(rows(1)), investigator)).status).toBe(403);
  });
});
