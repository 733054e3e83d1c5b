import {
  figureLabelVi,
  periodConventionLabelsVi,
  statutoryBasisLabelsVi,
} from '../../common/i18n/statistics-labels.vi';
import { STATUTORY_REGIMES } from './report-period';
import {
  FIGURE_KEYS,
  figureMeasure,
  figureUnit,
  isFigureKey,
  RATE_KEYS,
  type StatisticsSummary,
  SUMMARY_KEYS,
} from './summary-shape';

const resolution = {
  inCompetence: 2348,
  carriedOver: 400,
  accepted: 1948,
  resolved: 1911,
  resolvedByDecision: 1500,
  resolvedByWithdrawal: 400,
  resolutionRate: 1911 / 2348,
  right: 100,
  partlyRight: 200,
  wrong: 1200,
  onTime: 1800,
  late: 111,
  pending: 437,
  overdue: 12,
};

/** Compiles only with exactly the keys of DESIGN.md §5 (an extra or missing key is a type error). */
const example: StatisticsSummary = {
  period: { from: '2016-12-16', to: '2017-12-15', convention: 'statutory' },
  agency: { id: '00000000-0000-4000-8000-000000000001', name: 'Thành phố Hà Nội' },
  reception: {
    visits: 33797,
    persons: 40000,
    cases: 20000,
    casesFirstTime: 15000,
    casesRepeat: 5000,
    delegations: 479,
    delegationPersons: 6000,
    headSessions: 300,
  },
  petitions: {
    total: 36000,
    carriedOver: 2886,
    received: 33114,
    handled: 35000,
    eligible: 20000,
    inCompetence: 8000,
    guided: 5000,
    forwarded: 6000,
    urged: 1000,
    filed: 9000,
  },
  complaints: resolution,
  denunciations: { ...resolution, inCompetence: 801, resolved: 554, resolutionRate: 554 / 801 },
  enforcement: {
    complaintDecisions: { toImplement: 426, completed: 292, completionRate: 292 / 426 },
    denunciationConclusions: { toImplement: 0, completed: 0, completionRate: null },
    moneyToStateRecommended: '2600000000',
    moneyToStateCollected: '1000000000',
    landToStateRecommended: '2982',
    landToStateCollected: '1000.5',
    moneyReturnRecommended: '7020000000',
    moneyReturned: '7000000000',
    landReturnRecommended: '840',
    landReturned: '840',
    collectivesDisciplined: 64,
    individualsDisciplined: 61,
    referredToInvestigationCases: 4,
    referredToInvestigationPersons: 6,
  },
};

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('the statistics summary has exactly the JSON keys of DESIGN.md §5', () => {
  it('top level: period, agency, reception, petitions, complaints, denunciations, enforcement', () => {
    expect(SUMMARY_KEYS).toEqual(Object.keys(example));
  });

  it('every drillable figure is a count or an amount of the summary, and every one is listed', () => {
    const paths = keyPaths(example).filter(
      (p) => !p.startsWith('period.') && !p.startsWith('agency.') && !p.endsWith('Rate'),
    );
    expect([...FIGURE_KEYS].sort()).toEqual(paths.sort());
    expect(FIGURE_KEYS).toHaveLength(60); // 8 + 10 + 13 × 2 + 2 × 2 + 12
  });

  it('lists the four rates apart: they are drilled through their numerator and denominator', () => {
    expect(keyPaths(example).filter((p) => p.endsWith('Rate'))).toEqual([...RATE_KEYS]);
    expect(isFigureKey('complaints.resolutionRate')).toBe(false);
    expect(isFigureKey('complaints.resolved')).toBe(true);
  });

  it('says how each drilled list adds up to its figure', () => {
    expect([figureMeasure('complaints.resolved'), figureUnit('complaints.resolved')]).toEqual([
      'count',
      'record',
    ]);
    expect(figureUnit('reception.persons')).toBe('person');
    expect(figureUnit('enforcement.moneyReturned')).toBe('vnd');
    expect(figureUnit('enforcement.landReturned')).toBe('squareMetre');
    expect(figureMeasure('enforcement.collectivesDisciplined')).toBe('sum');
  });
});

describe('Vietnamese labels of the statistics', () => {
  it.each([...FIGURE_KEYS, ...RATE_KEYS])('%s has a label', (key) => {
    expect(figureLabelVi(key)).toMatch(/^(Số|Tổng|Tiền|Đất|Tỷ lệ)/);
  });

  it('say the base of a share and what "resolved" includes (Product decision 3)', () => {
    expect(figureLabelVi('complaints.resolved')).toContain('rút khiếu nại, đình chỉ');
    expect(figureLabelVi('complaints.resolutionRate')).toContain('/ số vụ việc thuộc thẩm quyền');
  });

  it('name every convention and circular', () => {
    expect(Object.keys(periodConventionLabelsVi)).toEqual(['statutory', 'calendar', 'custom']);
    expect(STATUTORY_REGIMES.map((r) => statutoryBasisLabelsVi[r.basis])).toEqual([
      'Thông tư 01/2024/TT-TTCP',
      'Thông tư 02/2021/TT-TTCP',
      'Thông tư 03/2013/TT-TTCP',
    ]);
  });
});
