import { FORM_CODES, type FormCode } from './domain/form-definition';
import { loadFormDefinition, loadFormDefinitions } from './form-templates';

const identitiesOf = (code: FormCode) =>
  loadFormDefinition(code).identities.map((identity) => identity.text);

describe('templates/forms holds the ten official forms of DOMAIN §7.2', () => {
  it('loads and validates every form', () => {
    expect(loadFormDefinitions().map((d) => d.code)).toEqual([...FORM_CODES]);
  });

  it.each<[FormCode, number]>([
    ['01/TCD', 30],
    ['02/TCD', 17],
    ['01/XLD', 27],
    ['02/XLD', 31],
    ['03/XLD', 34],
    ['04/XLD', 25],
    ['01/KQGQ', 27],
    ['02/KQGQ', 20],
    ['03/KQGQ', 32],
    ['04/KQGQ', 25],
  ])('%s has %i columns, the last one "Ghi chú"', (code, count) => {
    const columns = loadFormDefinition(code).columns;
    expect(columns).toHaveLength(count);
    expect(columns.at(-1)).toMatchObject({ header: 'Ghi chú', unit: 'text' });
  });
});

describe('the formulas of the forms, as printed in their MS rows (DOMAIN §7.2)', () => {
  it.each<[FormCode, string[]]>([
    ['01/TCD', ['1 = 4 + 13 + 22', '2 = 5 + 14 + 23', '3 = 6 + 7 + 15 + 16 + 24 + 25']],
    [
      '02/TCD',
      ['1 = 3 + 5 + 7', '1 = 9 + 11', '2 = 4 + 6 + 8', '2 = 10 + 12', '12 = 13 + 14 + 15'],
    ],
    [
      '01/XLD',
      [
        '1 = 2 + 3 + 4 + 5 + 6 + 7',
        '9 = 11 + 12 + 13',
        '9 = 14 + 15 + 16 + 17',
        '9 = 18 + 22',
        '18 = 19 + 20 + 21',
        '22 = 23 + 24 + 25',
      ],
    ],
    [
      '02/XLD',
      [
        '1 = 2 + 3 + 4 + 5',
        '6 = 7 + 8',
        '10 = 11 + 15 + 16 + 17',
        '10 = 18 + 19 + 20 + 21 + 22',
        '10 = 23 + 26',
        '11 = 12 + 13 + 14',
        '23 = 24 + 25',
        '26 = 27 + 28 + 29',
      ],
    ],
    ['01/KQGQ', ['1 = 2 + 3', '5 = 20 + 21 + 22 + 23 + 24', '5 + 6 = 25 + 26']],
    ['02/KQGQ', []],
    [
      '03/KQGQ',
      [
        '1 = 2 + 3',
        '6 = 7 + 8 + 9 + 10',
        '6 = 30 + 31',
        '8 = 25 + 27 + 29',
        '7 + 8 = 24 + 26 + 28',
      ],
    ],
    ['04/KQGQ', []],
  ])('%s', (code, formulas) => {
    expect(identitiesOf(code)).toEqual(formulas);
  });

  it('03/XLD and 04/XLD follow the frame of 02/XLD', () => {
    expect(identitiesOf('03/XLD')).toEqual([
      '1 = 2 + 3 + 4 + 5 + 6 + 7',
      '8 = 9 + 10',
      '12 = 13 + 18 + 19 + 20 + 21',
      '12 = 22 + 23 + 24 + 25',
      '12 = 26 + 29',
      '13 = 14 + 15 + 16 + 17',
      '26 = 27 + 28',
      '29 = 30 + 31 + 32',
    ]);
    expect(identitiesOf('04/XLD')).toEqual([
      '1 = 2 + 3 + 4 + 5 + 6 + 7',
      '8 = 9 + 10',
      '12 = 13 + 14 + 15 + 16',
      '12 = 17 + 18 + 19',
      '12 = 20 + 21',
      '21 = 22 + 23',
    ]);
  });
});

describe('headers and sources of the key columns', () => {
  it.each<[FormCode, number, string[], string, string | null]>([
    [
      '01/TCD',
      12,
      ['Thủ trưởng tiếp định kỳ và đột xuất'],
      'Số kỳ tiếp',
      'reception.head.sessions',
    ],
    [
      '01/TCD',
      8,
      ['Tiếp thường xuyên', 'Trong đó đoàn đông người'],
      'Số đoàn',
      'reception.regular.delegations',
    ],
    ['01/KQGQ', 4, [], 'Tổng số vụ việc khiếu nại thuộc thẩm quyền', 'complaints.inCompetence'],
    [
      '01/KQGQ',
      6,
      ['Đã giải quyết'],
      'Số vụ việc rút đơn thông qua giải thích, thuyết phục',
      'complaints.resolvedByWithdrawal',
    ],
    [
      '01/KQGQ',
      7,
      ['Kiến nghị thu hồi cho Nhà nước'],
      'Tiền (Trđ)',
      'complaints.toStateRecommendedMoney',
    ],
    [
      '02/KQGQ',
      1,
      [],
      'Tổng số quyết định phải thực hiện trong kỳ',
      'complaintEnforcement.toImplement',
    ],
    ['02/KQGQ', 2, [], 'Số quyết định đã thực hiện xong', 'complaintEnforcement.completed'],
    [
      '03/KQGQ',
      9,
      ['Đã giải quyết'],
      'Số vụ việc rút toàn bộ nội dung tố cáo',
      'denunciations.resolvedByWithdrawal',
    ],
    ['03/KQGQ', 8, ['Đã giải quyết'], 'Số vụ việc tố cáo tiếp', null],
  ])('%s column %i', (code, number, parents, header, source) => {
    expect(loadFormDefinition(code).columns[number - 1]).toMatchObject({ parents, header, source });
  });

  it('marks money in Trđ and land in m² by unit', () => {
    const columns = loadFormDefinition('02/KQGQ').columns;
    expect(columns.slice(2, 6).map((c) => c.unit)).toEqual([
      'millionVnd',
      'squareMetre',
      'millionVnd',
      'squareMetre',
    ]);
  });
});
