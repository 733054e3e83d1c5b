import { FormDefinitionError, formFileName, parseFormDefinition } from './form-definition';
import { parseSums } from './form-formula-text';

type Column = Record<string, unknown>;

const col = (number: number, extra: Column): Column => ({
  number,
  key: `c${number}`,
  header: `Cột ${number}`,
  ...extra,
});

/** A small valid form: 1 = 2 + 3 = 4; 4 raw; 5 note. */
function columns(): Column[] {
  return [
    col(1, { formula: '2 + 3 = 4' }),
    col(2, { source: 'test.a', parents: ['Nhóm'] }),
    col(3, { source: 'test.b', parents: ['Nhóm'] }),
    col(4, { source: 'test.c' }),
    col(5, { key: 'note', header: 'Ghi chú', unit: 'text' }),
  ];
}

function problemsOf(raw: unknown): readonly string[] {
  try {
    parseFormDefinition(raw, 'test.json');
  } catch (e) {
    expect(e).toBeInstanceOf(FormDefinitionError);
    return (e as FormDefinitionError).problems;
  }
  throw new Error('accepted an invalid form');
}

const form = (cols: Column[], extra: Record<string, unknown> = {}) => ({
  code: '01/TCD',
  title: 'BIỂU THỬ',
  columns: cols,
  ...extra,
});

function withColumn(number: number, change: Column): Column[] {
  return columns().map((c) => (c.number === number ? { ...c, ...change } : c));
}

describe('parseFormDefinition accepts a well-formed template (Product decision 8)', () => {
  it('reads columns, parents, units, sources and formulas', () => {
    const d = parseFormDefinition(form(columns()), 'test.json');
    expect(d.code).toBe('01/TCD');
    expect(d.columns[1]).toEqual({
      number: 2,
      key: 'c2',
      header: 'Cột 2',
      parents: ['Nhóm'],
      unit: 'count',
      source: 'test.a',
      formula: null,
      sumOf: null,
    });
    expect(d.columns[0]).toMatchObject({ source: null, formula: '2 + 3 = 4', sumOf: [2, 3] });
    expect(d.columns[4]).toMatchObject({ unit: 'text', source: null, formula: null });
  });

  it('turns each formula into a definition and its further sums into checks', () => {
    const d = parseFormDefinition(form(columns(), { checks: [{ formula: '2 + 3 = 4' }] }), 't');
    expect(d.identities).toEqual([
      { text: '1 = 2 + 3', left: [1], right: [2, 3], kind: 'definition' },
      { text: '1 = 4', left: [1], right: [4], kind: 'check' },
      { text: '2 + 3 = 4', left: [2, 3], right: [4], kind: 'check' },
    ]);
  });

  it('orders computed columns after the computed columns they sum', () => {
    const cols = [
      col(1, { formula: '2 + 4' }),
      col(2, { formula: '3 + 5' }),
      col(3, { source: 't.a' }),
      col(4, { source: 't.b' }),
      col(5, { source: 't.c' }),
    ];
    expect(parseFormDefinition(form(cols), 't').evaluationOrder).toEqual([2, 1]);
  });

  it('names template files after the form code', () => {
    expect(formFileName('01/KQGQ')).toBe('01-kqgq.json');
  });
});

describe('parseFormDefinition refuses a broken template, listing every problem', () => {
  it.each<[string, unknown, string]>([
    ['not an object', 'x', 'expected an object with a non-empty "columns" list'],
    ['an unknown code', form(columns(), { code: '05/TCD' }), 'unknown form code "05/TCD"'],
    ['no title', form(columns(), { title: '' }), '"title" must be a non-empty string'],
    ['a misspelt top-level property', form(columns(), { chekcs: [] }), 'unknown property "chekcs"'],
    [
      'a gap in the numbers',
      form(withColumn(3, { number: 4 })),
      'column 3: "number" must be 3 (columns are numbered 1…N in order)',
    ],
    [
      'a formula naming a missing column',
      form(withColumn(1, { formula: '2 + 9' })),
      'column 1 formula "2 + 9": refers to column 9, which does not exist',
    ],
    [
      'a formula over a text column',
      form(withColumn(1, { formula: '2 + 5' })),
      'column 1 formula "2 + 5": refers to column 5, which is not a count',
    ],
    [
      'a formula naming its own column',
      form(withColumn(1, { formula: '1 + 2' })),
      'column 1 formula "1 + 2": refers to itself',
    ],
    [
      'a formula repeating a column',
      form(withColumn(1, { formula: '2 + 2' })),
      'column 1 formula "2 + 2": repeats a column',
    ],
    [
      'a formula that is not a sum',
      form(withColumn(1, { formula: '2 - 3' })),
      'column 1 formula "2 - 3": write it as sums of column numbers, e.g. "4 + 13 + 22 = 9 + 11"',
    ],
    [
      'a raw column without a source',
      form(withColumn(2, { source: undefined })),
      'column 2: needs exactly one of "source" (a raw figure) or "formula" (a computed column)',
    ],
    [
      'a column with both a source and a formula',
      form(withColumn(2, { formula: '3 + 4' })),
      'column 2: needs exactly one of "source" (a raw figure) or "formula" (a computed column)',
    ],
    [
      'a text column with a source',
      form(withColumn(5, { source: 'test.note' })),
      'column 5: a text column (Ghi chú) has neither "source" nor "formula"',
    ],
    [
      'a source that is not a figure path',
      form(withColumn(2, { source: 'Complaints' })),
      'column 2: "source" must be a dotted figure name such as complaints.inCompetence',
    ],
    [
      'the same source twice',
      form(withColumn(3, { source: 'test.a' })),
      'columns 2 and 3: same source test.a',
    ],
    ['the same key twice', form(withColumn(3, { key: 'c2' })), 'columns 2 and 3: same key c2'],
    [
      'a misspelt property',
      form(withColumn(2, { fromula: '3' })),
      'column 2: unknown property "fromula"',
    ],
    ['an unknown unit', form(withColumn(4, { unit: 'usd' })), 'column 4: unknown unit "usd"'],
    [
      'a check with one side',
      form(columns(), { checks: [{ formula: '2 + 3' }] }),
      'check 1: needs a "formula" such as "7 + 8 = 24 + 26 + 28"',
    ],
  ])('%s', (_, raw, problem) => {
    expect(problemsOf(raw)).toContain(problem);
  });

  it('refuses formulas that form a cycle, naming it', () => {
    const cols = [
      col(1, { formula: '2 + 3' }),
      col(2, { formula: '1 + 3' }),
      col(3, { source: 't.a' }),
    ];
    expect(problemsOf(form(cols))).toEqual(['formulas form a cycle: 1 → 2 → 1']);
  });

  it('reports all problems at once', () => {
    const broken = withColumn(1, { formula: '2 + 9' }).map((c) =>
      c.number === 2 ? { ...c, source: undefined } : c,
    );
    expect(problemsOf(form(broken))).toHaveLength(2);
  });
});

describe('parseSums reads the formulas as printed in the MS row', () => {
  it.each([
    ['4 + 13 + 22', [[4, 13, 22]]],
    [
      '3 + 5 + 7 = 9 + 11',
      [
        [3, 5, 7],
        [9, 11],
      ],
    ],
    ['2', [[2]]],
    ['2 + … + 7', null],
    ['2 - 3', null],
    ['', null],
  ])('%p → %p', (text, sums) => {
    expect(parseSums(text)).toEqual(sums);
  });
});
