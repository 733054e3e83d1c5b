import { loadImportColumns } from './import-columns';
import { parseEnforcementImport } from './import-enforcement-file';
import { BASE_ROW, csvText, HEADERS, type SampleRow, utf8 } from './import-samples';

const TODAY = '2025-06-30';
const run = (rows: SampleRow[], headers?: readonly string[]) =>
  parseEnforcementImport(utf8(csvText(rows, { headers })), 'csv', { today: TODAY });
const errorsOf = async (rows: SampleRow[], headers?: readonly string[]) =>
  (await run(rows, headers)).errors.map((e) => `${e.row}:${e.field}:${e.code}`);

const land: SampleRow = {
  ...BASE_ROW,
  'Loại nội dung thi hành': 'Thu hồi đất cho Nhà nước',
  'Số tiền phải thu (đồng)': '',
  'Diện tích (m²)': '2.982',
};

describe('row rules of the import (Luật KN 2011 Điều 44; Luật TC 2018 Điều 44; DOMAIN §6)', () => {
  it.each<[string, SampleRow, string[]]>([
    ['a missing decision number', { 'Số quyết định': '' }, ['2:Số quyết định:required']],
    [
      'legal effect before issue',
      { 'Ngày có hiệu lực': '01/03/2024' },
      ['2:Ngày có hiệu lực:effectBeforeIssue'],
    ],
    [
      'a decision not yet in force',
      { 'Ngày có hiệu lực': '01/07/2025' },
      ['2:Ngày có hiệu lực:notYetEffective'],
    ],
    [
      'a money type without its amount',
      { 'Số tiền phải thu (đồng)': '' },
      ['2:Số tiền phải thu (đồng):required'],
    ],
    ['an area on a money row', { 'Diện tích (m²)': '10' }, ['2:Diện tích (m²):notAllowed']],
    ['an amount of 0', { 'Số tiền phải thu (đồng)': '0' }, ['2:Số tiền phải thu (đồng):positive']],
    [
      'more done than required',
      { 'Số tiền đã thu, đã trả (đồng)': '1.234.568' },
      ['2:Số tiền đã thu, đã trả (đồng):overRequired'],
    ],
    [
      'done, but less than required',
      {
        'Đã thực hiện': 'Có',
        'Số tiền đã thu, đã trả (đồng)': '1.000',
        'Ngày hoàn thành': '01/05/2024',
      },
      ['2:Số tiền đã thu, đã trả (đồng):doneBelowRequired'],
    ],
    [
      '"Không", but all paid',
      {
        'Đã thực hiện': 'Không',
        'Số tiền đã thu, đã trả (đồng)': '1.234.567',
        'Ngày hoàn thành': '01/05/2024',
      },
      ['2:Đã thực hiện:doneContradiction'],
    ],
    [
      'done without a completion date',
      { 'Đã thực hiện': 'Có' },
      ['2:Ngày hoàn thành:completedOnRequired'],
    ],
    [
      'a completion date while not done',
      { 'Ngày hoàn thành': '01/05/2024' },
      ['2:Ngày hoàn thành:completedOnWithoutDone'],
    ],
    [
      'a completion date in the future',
      { 'Đã thực hiện': 'Có', 'Ngày hoàn thành': '01/07/2025' },
      ['2:Ngày hoàn thành:afterToday'],
    ],
    [
      'an area done on a money row',
      { 'Diện tích đã thu, đã trả (m²)': '5' },
      ['2:Diện tích đã thu, đã trả (m²):notAllowed'],
    ],
  ])('refuses %s', async (_label, change, expected) => {
    expect(await errorsOf([{ ...BASE_ROW, ...change }])).toEqual(expected);
  });

  it('treats a row whose amount done reaches the required amount as complete', async () => {
    const row = {
      ...land,
      'Diện tích đã thu, đã trả (m²)': '2982',
      'Ngày hoàn thành': '2024-06-01',
    };
    const { rows, errors } = await run([row]);
    expect(errors).toEqual([]);
    expect(rows[0]?.progress).toMatchObject({ complete: true, amountDone: '2982' });
  });

  it('reads a completed referral with its prosecution result', async () => {
    const headers = [...HEADERS, 'Số vụ đã khởi tố', 'Số người đã khởi tố'];
    const row = {
      ...BASE_ROW,
      'Loại nội dung thi hành': 'Chuyển cơ quan điều tra',
      'Số tiền phải thu (đồng)': '',
      'Số người, tập thể phải xử lý': '2',
      'Đã thực hiện': 'x',
      'Ngày hoàn thành': '20/12/2024',
      'Số vụ đã khởi tố': '1',
      'Số người đã khởi tố': '2',
    } as SampleRow;
    const { rows, errors } = await run([row], headers);
    expect(errors).toEqual([]);
    expect(rows[0]?.item.required).toEqual({ persons: 2 });
    expect(rows[0]?.progress).toMatchObject({
      complete: true,
      prosecutedCases: 1,
      prosecutedPersons: 2,
    });
  });

  it('requires the rows of one decision to agree on its dates and kind', async () => {
    const other = { ...land, 'Ngày có hiệu lực': '06/04/2024' };
    expect(await errorsOf([BASE_ROW, other])).toEqual(['3:Ngày có hiệu lực:conflictsWithRow']);
    const nextYear = { ...land, 'Ngày ban hành': '05/03/2025', 'Ngày có hiệu lực': '05/04/2025' };
    expect(await errorsOf([BASE_ROW, nextYear])).toEqual([]); // numbering restarts each year
  });

  it('checks the header: unknown, duplicate and missing columns, on row 1', async () => {
    const headers = [...HEADERS.filter((h) => h !== 'Ngày ban hành'), 'Số tiền', 'Ghi chú'];
    expect(await errorsOf([BASE_ROW], headers)).toEqual([
      '1:Số tiền:unknownColumn',
      '1:Ghi chú:duplicateColumn',
      '1:Ngày ban hành:missingColumn',
    ]);
  });

  it('reports a file with a header only as empty', async () => {
    expect((await run([])).errors).toEqual([
      { row: 0, field: '', code: 'empty', message: 'Tệp không có dữ liệu' },
    ]);
  });

  it('refuses more rows than the column list allows, before reading any', async () => {
    const columns = { ...loadImportColumns(), maxRows: 2 };
    const bytes = utf8(csvText([BASE_ROW, BASE_ROW, BASE_ROW]));
    const result = await parseEnforcementImport(bytes, 'csv', { today: TODAY, columns });
    expect(result).toEqual({
      rows: [],
      errors: [expect.objectContaining({ row: 0, code: 'tooManyRows' })],
    });
  });
});
