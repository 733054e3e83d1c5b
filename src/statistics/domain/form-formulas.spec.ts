import fc from 'fast-check';

import { loadFormDefinition, loadFormDefinitions } from '../form-templates';
import type { FormColumn, FormDefinition, FormIdentity } from './form-definition';
import {
  applyFormulas,
  checkFormulas,
  type FormCellValue,
  rawRowFromFigures,
} from './form-formulas';

const FORMS = loadFormDefinitions();
const rawColumns = (d: FormDefinition) => d.columns.filter((c) => c.sumOf === null);
const rawCounts = (d: FormDefinition) => rawColumns(d).filter((c) => c.unit === 'count');

function cellArbitrary(column: FormColumn): fc.Arbitrary<FormCellValue> {
  switch (column.unit) {
    case 'count':
      return fc.nat({ max: 1_000_000 });
    case 'text':
      return fc.option(fc.string(), { nil: null });
    default:
      return fc
        .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.option(fc.nat({ max: 99 })))
        .map(([whole, cents]) => (cents === null ? `${whole}` : `${whole}.${cents}`));
  }
}

/** Random values for every raw column of the form (counts, money, land, note). */
function rawArbitrary(d: FormDefinition): fc.Arbitrary<Record<number, FormCellValue>> {
  const entries = rawColumns(d).map((c) => [String(c.number), cellArbitrary(c)] as const);
  return fc.record(Object.fromEntries(entries));
}

/** An identity over raw columns only: coefficient +1 per use on the left, −1 on the right. */
function leafCoefficients(d: FormDefinition, identity: FormIdentity): Map<number, number> {
  const coefficients = new Map<number, number>();
  const add = (n: number, sign: number): void => {
    const sumOf = d.columns[n - 1]?.sumOf;
    if (sumOf) sumOf.forEach((term) => add(term, sign));
    else coefficients.set(n, (coefficients.get(n) ?? 0) + sign);
  };
  identity.left.forEach((n) => add(n, 1));
  identity.right.forEach((n) => add(n, -1));
  return new Map([...coefficients].filter(([, c]) => c !== 0));
}

/**
 * Makes random raw counts agree with every cross-check of the form (e.g. 01/XLD 9 = 14 + … + 17 =
 * 18 + 22) by raising the smaller side, preferring columns used by the fewest checks — the way
 * consistent data from one set of records would look.
 */
function balance(
  d: FormDefinition,
  raw: Record<number, FormCellValue>,
): Record<number, FormCellValue> {
  const checks = d.identities.filter((i) => i.kind === 'check').map((i) => leafCoefficients(d, i));
  const uses = (n: number) => checks.filter((c) => c.has(n)).length;
  const x = { ...raw } as Record<number, number>;
  for (let round = 0; round < 20; round += 1) {
    let changed = false;
    for (const coefficients of checks) {
      const diff = [...coefficients].reduce((sum, [n, c]) => sum + c * (x[n] ?? 0), 0);
      if (diff === 0) continue;
      const candidates = [...coefficients].filter(([, c]) => c === -Math.sign(diff));
      const [n] = candidates.sort(([a], [b]) => uses(a) - uses(b))[0] ?? [];
      if (n === undefined) throw new Error(`${d.code}: cannot balance`);
      x[n] = (x[n] ?? 0) + Math.abs(diff);
      changed = true;
    }
    if (!changed) return x;
  }
  throw new Error(`${d.code}: the checks did not converge`);
}

const formAndRaw = fc
  .constantFrom(...FORMS)
  .chain((d) => rawArbitrary(d).map((raw) => ({ d, raw })));

describe('applyFormulas: the formulas of every form hold on any data (property-based)', () => {
  it('fills every computed column so that its defining formula holds, leaving raw values as given', () => {
    fc.assert(
      fc.property(formAndRaw, ({ d, raw }) => {
        const row = applyFormulas(d, raw);
        expect(checkFormulas(d, row).filter((v) => v.kind === 'definition')).toEqual([]);
        for (const c of d.columns) {
          const value = row[c.number];
          if (c.sumOf === null) {
            expect(value).toEqual(raw[c.number] ?? null);
          } else {
            expect(Number.isSafeInteger(value) && (value as number) >= 0).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on consistent raw data every formula of the form holds, cross-checks included', () => {
    fc.assert(
      fc.property(formAndRaw, ({ d, raw }) => {
        expect(checkFormulas(d, applyFormulas(d, balance(d, raw)))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a raw count off by k breaks exactly the formulas that count that column', () => {
    const bumped = formAndRaw.chain(({ d, raw }) =>
      fc
        .tuple(fc.constantFrom(...rawCounts(d)), fc.integer({ min: 1, max: 1000 }))
        .map(([column, k]) => ({ d, raw, column: column.number, k })),
    );
    fc.assert(
      fc.property(bumped, ({ d, raw, column, k }) => {
        const consistent = balance(d, raw);
        const row = applyFormulas(d, {
          ...consistent,
          [column]: (consistent[column] as number) + k,
        });
        const expected = d.identities
          .filter((i) => leafCoefficients(d, i).has(column))
          .map((i) => i.text);
        expect(checkFormulas(d, row).map((v) => v.formula)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkFormulas reports a violated formula with its column numbers', () => {
  const tcd = loadFormDefinition('01/TCD');
  const figures: Record<string, FormCellValue> = Object.fromEntries(
    rawColumns(tcd).map((c) => [c.source ?? c.key, c.unit === 'text' ? null : 0]),
  );

  it('fills 01/TCD col 1 = 4 + 13 + 22 from the figures (Hà Nội 2017: 33.797 visits)', () => {
    const raw = rawRowFromFigures(tcd, {
      ...figures,
      'reception.regular.visits': 21000,
      'reception.head.visits': 12000,
      'reception.authorised.visits': 797,
    });
    expect(applyFormulas(tcd, raw)[1]).toBe(33797);
  });

  it('names the formula, its columns and both sums when a total is wrong', () => {
    const row = { ...applyFormulas(tcd, rawRowFromFigures(tcd, figures)), 1: 1, 4: 0 };
    expect(checkFormulas(tcd, row)).toEqual([
      {
        formula: '1 = 4 + 13 + 22',
        kind: 'definition',
        columns: [1, 4, 13, 22],
        left: 1,
        right: 0,
        missing: [],
      },
    ]);
  });

  it('names the columns that have no value', () => {
    const row = { ...applyFormulas(tcd, rawRowFromFigures(tcd, figures)) } as Record<
      number,
      FormCellValue
    >;
    delete row[13];
    expect(checkFormulas(tcd, row)).toEqual([
      {
        formula: '1 = 4 + 13 + 22',
        kind: 'definition',
        columns: [1, 4, 13, 22],
        left: null,
        right: null,
        missing: [13],
      },
    ]);
  });

  it('reports a 02/TCD row whose petitions by content and by competence disagree', () => {
    const form = loadFormDefinition('02/TCD');
    const raw = rawRowFromFigures(form, {
      ...Object.fromEntries(
        rawColumns(form).map((c) => [c.source ?? c.key, c.unit === 'text' ? null : 0]),
      ),
      'receptionPetitions.complaints.petitions': 5,
      'receptionPetitions.inCompetence.petitions': 3,
    });
    expect(checkFormulas(form, applyFormulas(form, raw))).toEqual([
      { formula: '1 = 9 + 11', kind: 'check', columns: [1, 9, 11], left: 5, right: 3, missing: [] },
    ]);
  });
});

describe('applyFormulas refuses rows that do not fit the form', () => {
  const form = loadFormDefinition('01/KQGQ');
  const zero = () =>
    Object.fromEntries(
      rawColumns(form).map((c) => [
        c.number,
        c.unit === 'count' ? 0 : c.unit === 'text' ? null : '0',
      ]),
    ) as Record<number, FormCellValue>;

  it.each<[string, (row: Record<number, FormCellValue>) => void, RegExp]>([
    ['a missing raw value', (r) => delete r[4], /01\/KQGQ column 4 \(complaints.inCompetence\)/],
    ['a negative count', (r) => (r[4] = -1), /column 4 .*invalid value -1/],
    ['a fractional count', (r) => (r[4] = 1.5), /column 4 .*invalid value 1.5/],
    ['money as a float', (r) => (r[7] = 2.6), /column 7 .*invalid value 2.6/],
    ['a value for a computed column', (r) => (r[5] = 3), /column 5 is not a raw column/],
    ['a column the form lacks', (r) => (r[28] = 1), /column 28 is not a raw column/],
  ])('%s', (_, change, message) => {
    const row = zero();
    change(row);
    expect(() => applyFormulas(form, row)).toThrow(message);
  });

  it('rawRowFromFigures refuses figures that lack one the form needs', () => {
    expect(() => rawRowFromFigures(form, {})).toThrow(/no figure complaints.petitions.carriedOver/);
  });
});
