import { FIGURE_KEYS, RATE_KEYS, type StatisticsSummary } from '../domain/summary-shape';
import { assembleSummary, canonicalDecimal, figureOf } from './assemble-summary';
import { compareSummaries } from './comparison';

// Comparisons of the oversight report (issue 9): relative change of every figure (rates.ts
// relativeChange, null for a zero base) and rates compared by difference.

const period = { from: '2017-01-01', to: '2017-12-31', convention: 'calendar' as const };
const agency = { id: 'a', name: 'Thanh tra thành phố Hà Nội' };

function summaryWith(values: Record<string, string>): StatisticsSummary {
  return assembleSummary(period, agency, new Map(Object.entries(values)) as never);
}

describe('assembleSummary', () => {
  it('computes the rates from the counts (Hà Nội 2017: 1.911 / 2.348; 292 / 426)', () => {
    const s = summaryWith({
      'complaints.resolved': '1911',
      'complaints.inCompetence': '2348',
      'enforcement.complaintDecisions.completed': '292',
      'enforcement.complaintDecisions.toImplement': '426',
      'enforcement.landToStateCollected': '2982.50',
    });
    expect(s.complaints.resolutionRate).toBeCloseTo(0.8139, 4);
    expect(s.denunciations.resolutionRate).toBeNull();
    expect(s.enforcement.complaintDecisions.completionRate).toBeCloseTo(0.6854, 4);
    expect(s.enforcement.landToStateCollected).toBe('2982.5');
    expect(s.enforcement.moneyReturned).toBe('0');
    expect(figureOf(s, 'complaints.resolved')).toBe(1911);
  });

  it('writes decimals without trailing zeros', () => {
    expect(canonicalDecimal('2600000000')).toBe('2600000000');
    expect(canonicalDecimal('840.00')).toBe('840');
    expect(canonicalDecimal('0.50')).toBe('0.5');
  });
});

describe('compareSummaries', () => {
  it('gives the relative change of every figure and the difference of every rate', () => {
    const current = summaryWith({
      'complaints.resolved': '150',
      'complaints.inCompetence': '200',
      'enforcement.moneyReturned': '3000000',
    });
    const previous = summaryWith({
      'complaints.resolved': '100',
      'complaints.inCompetence': '200',
      'enforcement.moneyReturned': '2000000',
    });
    const { change } = compareSummaries(current, previous, previous);
    expect(Object.keys(change.previous).sort()).toEqual([...FIGURE_KEYS, ...RATE_KEYS].sort());
    expect(change.previous['complaints.resolved']).toBeCloseTo(0.5);
    expect(change.previous['enforcement.moneyReturned']).toBeCloseTo(0.5);
    expect(change.previous['complaints.resolutionRate']).toBeCloseTo(0.25);
    expect(change.sameLastYear['reception.visits']).toBeNull(); // zero base
    expect(change.previous['denunciations.resolutionRate']).toBeNull();
  });
});
