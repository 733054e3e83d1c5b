import { FIGURE_KEYS, figureMeasure, figureUnit } from '../domain/summary-shape';
import { FIGURE_DEFINITIONS, figurePredicate } from './figure-definitions';
import { FIGURE_SOURCES, sourceSql } from './figure-sources';
import { figureRecordsSql, figuresOf, summarySql } from './figure-sql';

// DESIGN §5 "every figure can be drilled down": one definition per figure, from which both the
// summary (COUNT/SUM … FILTER) and the drill-down list are built.

describe('figure definitions', () => {
  it('has exactly one definition for every FigureKey and nothing else', () => {
    expect(Object.keys(FIGURE_DEFINITIONS).sort()).toEqual([...FIGURE_KEYS].sort());
  });

  it('sums a quantity exactly for the figures the shape measures by sum', () => {
    for (const key of FIGURE_KEYS) {
      const sums = FIGURE_DEFINITIONS[key].quantity !== undefined;
      expect({ key, sums }).toEqual({ key, sums: figureMeasure(key) === 'sum' });
    }
  });

  it('puts every figure in exactly one summary statement, one per source', () => {
    const placed = FIGURE_SOURCES.flatMap((s) => figuresOf(s));
    expect(placed.sort()).toEqual([...FIGURE_KEYS].sort());
    expect(FIGURE_SOURCES).toHaveLength(7);
  });

  it('builds the list of a figure from the same predicate as its count', () => {
    const def = FIGURE_DEFINITIONS['complaints.resolvedByWithdrawal'];
    const bound = figurePredicate(def).replace(/:to\b/g, '$3::date');
    expect(summarySql('complaints', false)).toContain(`FILTER (WHERE ${bound})`);
    expect(figureRecordsSql('complaints.resolvedByWithdrawal')).toContain(`(${bound})`);
    expect(figurePredicate(FIGURE_DEFINITIONS['enforcement.moneyReturned'])).toBe(
      `(r.type IN ('return_money_org', 'return_money_person')) AND (r.done_in) > 0`,
    );
  });

  it('sums the prosecuted cases of the referrals, as 02/KQGQ col 17 and 04/KQGQ col 22 do', () => {
    // One referral (chuyển cơ quan điều tra) may end in several criminal cases (khởi tố) or none:
    // the figure is Σ of the entries' `cases` (period-amounts.ts), not the number of referrals.
    expect(FIGURE_DEFINITIONS['enforcement.referredToInvestigationCases']).toEqual({
      source: 'enforcementItems',
      where: `r.type IN ('refer_investigation')`,
      quantity: 'r.cases_in',
    });
    expect(figureUnit('enforcement.referredToInvestigationCases')).toBe('case');
    expect(figureMeasure('enforcement.referredToInvestigationCases')).toBe('sum');
  });

  it('never reads identity tables or person data (Luật Tố cáo Điều 9)', () => {
    const texts = [
      ...FIGURE_SOURCES.map((s) => sourceSql(s)),
      ...FIGURE_SOURCES.map((s) => summarySql(s, true)),
      ...FIGURE_KEYS.map((k) => figureRecordsSql(k)),
    ].join('\n');
    expect(texts).not.toMatch(/person_identity|identity_access_request|full_name|phone|address/);
    expect(texts).not.toMatch(/\$\{|:from|:to\b/);
  });

  it('counts a vụ việc seen at reception once, first-time and repeat adding up to cases', () => {
    const where = (k: 'cases' | 'casesFirstTime' | 'casesRepeat') =>
      FIGURE_DEFINITIONS[`reception.${k}`].where;
    // through the visit that opens the (case, agency) pair in the period (migration LinkVisitsOfACase)
    expect(FIGURE_DEFINITIONS['reception.cases'].source).toBe('visits');
    expect(where('casesFirstTime')).toBe('r.previous_visit_on IS NULL');
    expect(where('casesRepeat')).toBe('r.previous_visit_on < :from');
    expect(where('cases')).toBe(`(${where('casesFirstTime')} OR ${where('casesRepeat')})`);
  });
});
