import {
  EnforcementType as T,
  type RecommendedMeasure,
  validateMeasures,
} from './recommended-measures';

const VALID: RecommendedMeasure[] = [
  { type: T.RecoverMoney, amount: '2600000000' },
  { type: T.RecoverLand, area: '2982' },
  { type: T.ReturnMoneyPerson, amount: '7020000000', beneficiaries: 3 },
  { type: T.ReturnLandOrg, area: '840.5', beneficiaries: 1 },
  { type: T.DisciplineOrg, collectives: 64 },
  { type: T.DisciplinePerson, persons: 61, officials: 40 },
  { type: T.ReferInvestigation, persons: 2, officials: 2, description: 'Dấu hiệu tội phạm' },
  { type: T.Other, description: 'Rút kinh nghiệm trong công tác quản lý đất đai' },
];

const codesAt = (items: RecommendedMeasure[]) =>
  validateMeasures(items).map((p) => `${p.field}:${p.code}`);

describe('recommended measures as structured items (DOMAIN §4.7, §5.5, §6.1; Product decision 5)', () => {
  it('accepts one well-formed item of each kind (figures of the Hà Nội 2017 report, §9.1)', () => {
    expect(validateMeasures(VALID)).toEqual([]);
    expect(validateMeasures([])).toEqual([]);
  });

  it('names the field of the item at fault: measures.2.amount', () => {
    const items = [...VALID.slice(0, 2), { type: T.ReturnMoneyOrg, amount: '1.000.000' }];
    expect(validateMeasures(items)).toEqual([
      {
        field: 'measures.2.amount',
        code: 'money',
        message:
          'Số tiền phải là số nguyên dương tính bằng đồng, chỉ gồm chữ số (không dấu phân cách)',
      },
    ]);
  });

  it.each([
    ['2600000000', true],
    ['1', true],
    ['999999999999999999', true],
    ['0', false],
    ['0012', false],
    ['-5', false],
    ['1e6', false],
    ['12.5', false],
    ['1.000.000', false],
    ['2 600 000', false],
    ['', false],
  ])('money %j in VND is valid: %s', (amount, ok) => {
    expect(codesAt([{ type: T.RecoverMoney, amount }])).toEqual(
      ok ? [] : ['measures.0.amount:money'],
    );
  });

  it('refuses money given as a number, never a float', () => {
    const item = { type: T.RecoverMoney, amount: 2600000000 } as unknown as RecommendedMeasure;
    expect(codesAt([item])).toEqual(['measures.0.amount:money']);
  });

  it.each([
    ['2982', true],
    ['2982.5', true],
    ['0.01', true],
    ['0', false],
    ['0.00', false],
    ['1,5', false],
    ['1.234', false],
    ['.5', false],
  ])('land area %j m² is valid: %s', (area, ok) => {
    expect(codesAt([{ type: T.RecoverLand, area }])).toEqual(ok ? [] : ['measures.0.area:area']);
  });

  it.each([
    [{ type: T.RecoverMoney }, ['measures.0.amount:required']],
    [{ type: T.RecoverMoney, amount: '5', area: '5' }, ['measures.0.area:notAllowed']],
    [{ type: T.DisciplinePerson, persons: 0 }, ['measures.0.persons:positiveInteger']],
    [{ type: T.DisciplinePerson, persons: 2.5 }, ['measures.0.persons:positiveInteger']],
    [
      { type: T.DisciplinePerson, persons: 2, officials: 3 },
      ['measures.0.officials:officialsExceedPersons'],
    ],
    [
      { type: T.ReferInvestigation, persons: 2, officials: -1 },
      ['measures.0.officials:countInteger'],
    ],
    [{ type: T.DisciplineOrg, collectives: 2, persons: 3 }, ['measures.0.persons:notAllowed']],
    [{ type: T.DisciplineOrg }, ['measures.0.collectives:required']],
    [{ type: T.ReferInvestigation }, ['measures.0.persons:required']],
    [{ type: T.RecoverLand, area: '5', beneficiaries: 2 }, ['measures.0.beneficiaries:notAllowed']],
    [{ type: T.Other, description: '  ' }, ['measures.0.description:blank']],
    [{ type: T.Other }, ['measures.0.description:required']],
    [{ type: 'fine' }, ['measures.0.type:typeUnknown']],
  ])('%j → %j', (item, problems) => {
    expect(codesAt([item as RecommendedMeasure])).toEqual(problems);
  });

  it('reports every problem of every item, under a custom path', () => {
    const items = [{ type: T.RecoverMoney, amount: '0' }, { type: T.DisciplinePerson }];
    expect(validateMeasures(items, 'conclusion.measures').map((p) => p.field)).toEqual([
      'conclusion.measures.0.amount',
      'conclusion.measures.1.persons',
    ]);
  });
});
