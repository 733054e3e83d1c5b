import { alreadyTrackedErrors, decisionKey, storedDecisionKey } from './duplicate-rows';
import { parseEnforcementImport } from './import-enforcement-file';
import { BASE_ROW, csvText, type SampleRow, utf8 } from './import-samples';

// Re-imports and repeated rows: a decision is its issuer, number and issue year (registers are
// numbered per issuing body and restart each year, NĐ 30/2020 Điều 15).

const importCsv = (rows: SampleRow[]) =>
  parseEnforcementImport(utf8(csvText(rows)), 'csv', { today: '2025-06-30' });

describe('repeated rows inside one file', () => {
  it('names the repeated row and the row it repeats; other items of the decision are fine', async () => {
    const other = { ...BASE_ROW, 'Số tiền phải thu (đồng)': '5.000' };
    const result = await importCsv([
      BASE_ROW,
      other,
      { ...BASE_ROW, 'Số quyết định': ' 123/qđ-ubnd' },
    ]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 4,
        field: 'Số quyết định',
        code: 'duplicateRow',
        message: expect.stringContaining('dòng 2'),
      }),
    ]);
  });

  it('does not take the same number of another year or another issuer for a repeat', async () => {
    const result = await importCsv([
      BASE_ROW,
      { ...BASE_ROW, 'Ngày ban hành': '05/03/2023', 'Ngày có hiệu lực': '2023-04-05' },
      { ...BASE_ROW, 'Cơ quan ban hành (mã)': 'HN-TTTP' },
    ]);
    expect(result.errors).toEqual([]);
  });
});

describe('decisions already tracked', () => {
  it('names every row of a decision already stored for the issuer in that year', async () => {
    const { rows } = await importCsv([
      BASE_ROW,
      { ...BASE_ROW, 'Số tiền phải thu (đồng)': '5.000' },
      { ...BASE_ROW, 'Số quyết định': '124/QĐ-UBND' },
    ]);
    const stored = new Set([storedDecisionKey('agency-1', '123/QĐ-UBND', 2024)]);
    const errors = alreadyTrackedErrors(rows, () => 'agency-1', stored, 'Số quyết định');
    expect(errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'alreadyTracked'],
      [3, 'alreadyTracked'],
    ]);
    expect(alreadyTrackedErrors(rows, () => 'agency-2', stored, 'Số quyết định')).toEqual([]);
  });

  it('keys a decision without regard to case or spacing', () => {
    const a = { issuerCode: 'HN-TTTP', number: '12/QĐ-TTTP', issuedOn: '2024-01-02' };
    const b = { issuerCode: 'hn-tttp', number: '12/qđ-tttp ', issuedOn: '2024-12-31' };
    expect(decisionKey(a)).toBe(decisionKey(b));
  });
});
