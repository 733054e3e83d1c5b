import { sampleSummary } from '../reports/layouts/oversight-report.samples';
import type { StatisticsSummary } from '../statistics/domain/summary-shape';
import { checkPublishedFigures, demoTargets, planTargets } from './published-check';
import { HANOI_2017 } from './published-figures';
import { buildScenarioPlan } from './scenario-plan';

// DOMAIN §9.1: the demo's 2017 report must show the published Hà Nội 2017 figures, under the
// statutory year of TT 03/2013 (16/12/2016–15/12/2017) and under the calendar year.

/** A summary holding `t`'s figures (the other keys are sample figures the check ignores). */
function summaryOf(
  t: ReturnType<typeof demoTargets>,
  convention: 'statutory' | 'calendar',
): StatisticsSummary {
  const s = sampleSummary({
    visits: t.visits,
    delegations: t.delegations,
    received: t.petitionsReceived,
    complaints: [t.complaints.inCompetence, t.complaints.resolved],
    denunciations: [t.denunciations.inCompetence, t.denunciations.resolved],
    decisions: [t.complaintDecisions.toImplement, t.complaintDecisions.completed],
  });
  const period =
    convention === 'statutory'
      ? s.period
      : { from: '2017-01-01', to: '2017-12-31', convention: 'calendar' as const };
  return {
    ...s,
    period,
    enforcement: {
      ...s.enforcement,
      moneyToStateRecommended: String(t.moneyToState),
      moneyToStateCollected: String(t.moneyToState),
      landToStateRecommended: String(t.landToState),
      landToStateCollected: `${t.landToState}.00`, // PostgreSQL numeric keeps its scale
      moneyReturnRecommended: String(t.moneyReturned),
      moneyReturned: String(t.moneyReturned),
      landReturnRecommended: String(t.landReturned),
      landReturned: String(t.landReturned),
      collectivesDisciplined: t.collectivesDisciplined,
      individualsDisciplined: t.individualsDisciplined,
      referredToInvestigationCases: t.referredToInvestigationCases,
    },
  };
}

const both = (t: ReturnType<typeof demoTargets>) => [
  summaryOf(t, 'statutory'),
  summaryOf(t, 'calendar'),
];

describe('checkPublishedFigures (seed:demo against the published Hà Nội 2017 figures)', () => {
  it('the plan at scale 1 promises exactly the published figures', () => {
    expect(planTargets(buildScenarioPlan(1))).toEqual(HANOI_2017);
    expect(demoTargets(1)).toBe(HANOI_2017);
  });

  it('a summary with every published figure, both conventions, matches', () => {
    const check = checkPublishedFigures(both(HANOI_2017), 1);
    expect(check.mismatches).toEqual([]);
    expect(check.lines).toEqual([
      'Khớp số liệu công bố: 20 chỉ tiêu, kỳ TT 03/2013 và năm dương lịch.',
    ]);
  });

  it('names the one wrong figure, its period, the published and the seeded value', () => {
    const [statutory, calendar] = both(HANOI_2017);
    const wrong = { ...calendar!, complaints: { ...calendar!.complaints, resolved: 1_910 } };
    const check = checkPublishedFigures([statutory!, wrong], 1);
    expect(check.mismatches).toEqual([
      {
        period: 'năm dương lịch (2017-01-01 – 2017-12-31)',
        label: 'khiếu nại đã giải quyết',
        expected: '1.911',
        actual: '1.910',
      },
    ]);
    expect(check.lines).toEqual([
      'Lệch số liệu công bố, năm dương lịch (2017-01-01 – 2017-12-31): khiếu nại đã giải quyết: công bố 1.911, đã nạp 1.910',
    ]);
  });

  it('compares amounts as exact decimals, to the last đồng and the fraction of a m²', () => {
    const [statutory] = both(HANOI_2017);
    const land = {
      ...statutory!,
      enforcement: { ...statutory!.enforcement, landReturned: '840.5' },
    };
    const money = {
      ...statutory!,
      enforcement: { ...statutory!.enforcement, moneyReturned: '7020000001' },
    };
    expect(checkPublishedFigures([land], 1).mismatches).toEqual([
      expect.objectContaining({
        label: 'đất đã trả lại công dân (m²)',
        expected: '840',
        actual: '840,50',
      }),
    ]);
    expect(checkPublishedFigures([money], 1).mismatches).toEqual([
      expect.objectContaining({ expected: '7.020.000.000', actual: '7.020.000.001' }),
    ]);
  });

  it('at a reduced scale compares with the scaled plan, not the published totals', () => {
    const scaled = both(planTargets(buildScenarioPlan(0.002)));
    expect(checkPublishedFigures(scaled, 0.002).lines).toEqual([
      'Khớp số liệu công bố (tỷ lệ 0,002): 20 chỉ tiêu, kỳ TT 03/2013 và năm dương lịch.',
    ]);
    const full = checkPublishedFigures(both(HANOI_2017), 0.002);
    expect(full.mismatches).toHaveLength(40);
    expect(full.lines[0]).toBe(
      'Lệch số liệu công bố (tỷ lệ 0,002), kỳ TT 03/2013 (2016-12-16 – 2017-12-15): lượt tiếp công dân: công bố 68, đã nạp 33.797',
    );
  });
});
