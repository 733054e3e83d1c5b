import { parseEnforcementImport } from './import-enforcement-file';
import { BASE_ROW, csvText, type SampleRow, utf8 } from './import-samples';

const TODAY = '2025-06-30';
const importCsv = (rows: SampleRow[], options = {}) =>
  parseEnforcementImport(utf8(csvText(rows, options)), 'csv', { today: TODAY });

function sampleRow(i: number): SampleRow {
  const common = { ...BASE_ROW, 'Số quyết định': `${i}/QĐ-UBND` };
  if (i % 3 === 0) return { ...common, 'Số tiền đã thu, đã trả (đồng)': '234.567' };
  if (i % 3 === 1) {
    return {
      ...common,
      'Loại nội dung thi hành': 'Trả lại đất cho cá nhân',
      'Số tiền phải thu (đồng)': '',
      'Diện tích (m²)': '840,5',
      'Đã thực hiện': 'Có',
      'Ngày hoàn thành': '10/05/2024',
    };
  }
  return {
    ...common,
    'Loại nội dung thi hành': 'Kiểm điểm cá nhân',
    'Số tiền phải thu (đồng)': '',
    'Số người, tập thể phải xử lý': '2',
    'Trong đó cán bộ, công chức, viên chức': '1',
  };
}

describe('import of decisions already in force: 1,000 rows with 3 bad rows', () => {
  it('names exactly the 3 rows (as Excel numbers them) with their errors', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => sampleRow(i + 1));
    rows[5] = { ...sampleRow(6), 'Số tiền phải thu (đồng)': '-1.000' }; // row 7
    rows[499] = {
      ...sampleRow(500),
      'Ngày có hiệu lực': '31/02/2024',
      'Trong đó cán bộ, công chức, viên chức': '3',
    }; // row 501
    rows[998] = { ...sampleRow(999), 'Loại nội dung thi hành': 'Phạt tiền' }; // row 1000
    const result = await importCsv(rows);
    expect(result.errors.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 7, field: 'Số tiền phải thu (đồng)', code: 'negative' },
      { row: 501, field: 'Ngày có hiệu lực', code: 'dateInvalid' },
      { row: 501, field: 'Trong đó cán bộ, công chức, viên chức', code: 'officialsExceedPersons' },
      { row: 1000, field: 'Loại nội dung thi hành', code: 'enum' },
    ]);
    expect(result.errors[0]?.message).toBe('Không được là số âm');
    expect(result.rows).toHaveLength(997);
    expect(result.rows.map((r) => r.row)).not.toContain(7);
  });

  it('returns each valid row as one enforcement item of its decision', async () => {
    const { rows, errors } = await importCsv([sampleRow(3), sampleRow(4)]);
    expect(errors).toEqual([]);
    expect(rows[0]).toEqual({
      row: 2,
      decision: {
        number: '3/QĐ-UBND',
        issuedOn: '2024-03-05',
        legalEffectOn: '2024-04-05',
        issuerCode: 'HN-UBND',
        kind: 'complaint_first_round',
      },
      item: {
        type: 'recover_money',
        required: { amount: '1234567' },
        responsibleBody: null,
        dueOn: null,
      },
      progress: {
        complete: false,
        completedOn: null,
        amountDone: '234567',
        prosecutedCases: null,
        prosecutedPersons: null,
      },
      note: null,
    });
    expect(rows[1]).toMatchObject({
      row: 3,
      item: { type: 'return_land_person', required: { area: '840.5' } },
      progress: { complete: true, completedOn: '2024-05-10', amountDone: '840.5' },
    });
  });
});
