import type { StatisticsSummary } from '../statistics/domain/summary-shape';
import { type DecimalInput, parseDecimal } from '../reports/format/decimal';
import { formatDecimal, formatInteger } from '../reports/format/vi-number';
import { HANOI_2017 } from './published-figures';
import { buildScenarioPlan, type ScenarioPlan } from './scenario-plan';

// After seeding: the 2017 summary (SummaryService, both conventions) compared figure by figure
// with the published Hà Nội 2017 figures (DOMAIN §9.1) — at scale 1 HANOI_2017 itself, at another
// scale the scaled plan the scenario was built from. Pure: the command prints and fails on it.

/** The figures the demo promises, in the shape of HANOI_2017 (money in đồng, land in m²). */
export interface DemoTargets {
  visits: number;
  delegations: number;
  petitionsReceived: number;
  complaints: { inCompetence: number; resolved: number };
  denunciations: { inCompetence: number; resolved: number };
  complaintDecisions: { toImplement: number; completed: number };
  moneyToState: bigint;
  landToState: bigint;
  moneyReturned: bigint;
  landReturned: bigint;
  collectivesDisciplined: number;
  individualsDisciplined: number;
  referredToInvestigationCases: number;
}

/** The published figures at scale 1; the plan's scaled counts otherwise. */
export function demoTargets(scale: number): DemoTargets {
  return scale === 1 ? HANOI_2017 : planTargets(buildScenarioPlan(scale));
}

/** What a scenario plan promises (at scale 1, exactly HANOI_2017: scenario-plan.spec, published-check.spec). */
export function planTargets(p: ScenarioPlan): DemoTargets {
  const m = p.measures;
  return {
    visits: p.visits.total,
    delegations: p.visits.delegations,
    petitionsReceived: p.petitions.received,
    complaints: { inCompetence: p.complaints.inCompetence, resolved: p.complaints.resolved },
    denunciations: {
      inCompetence: p.denunciations.inCompetence,
      resolved: p.denunciations.resolved,
    },
    complaintDecisions: {
      toImplement: p.enforcement.toImplement,
      completed: p.enforcement.completed,
    },
    moneyToState: m.recoverMoney.total,
    landToState: m.recoverLand.total,
    moneyReturned: m.returnMoney.total,
    landReturned: m.returnLand.total,
    collectivesDisciplined: Number(m.disciplineOrg.total),
    individualsDisciplined: Number(m.disciplinePerson.total),
    referredToInvestigationCases: Number(m.referral.total),
  };
}

type Read<T> = (value: T) => DecimalInput;

/**
 * Each figure: its Vietnamese label, the target and where the summary holds it. Recommended and
 * collected (returned) amounts are both the published one (docs/demo-data.md, "Recommended =
 * collected").
 */
const FIGURES: readonly [string, Read<DemoTargets>, Read<StatisticsSummary>][] = [
  ['lượt tiếp công dân', (t) => t.visits, (s) => s.reception.visits],
  ['lượt đoàn đông người', (t) => t.delegations, (s) => s.reception.delegations],
  ['đơn tiếp nhận trong kỳ', (t) => t.petitionsReceived, (s) => s.petitions.received],
  [
    'khiếu nại thuộc thẩm quyền',
    (t) => t.complaints.inCompetence,
    (s) => s.complaints.inCompetence,
  ],
  ['khiếu nại đã giải quyết', (t) => t.complaints.resolved, (s) => s.complaints.resolved],
  [
    'tố cáo thuộc thẩm quyền',
    (t) => t.denunciations.inCompetence,
    (s) => s.denunciations.inCompetence,
  ],
  ['tố cáo đã giải quyết', (t) => t.denunciations.resolved, (s) => s.denunciations.resolved],
  [
    'quyết định giải quyết khiếu nại phải thực hiện',
    (t) => t.complaintDecisions.toImplement,
    (s) => s.enforcement.complaintDecisions.toImplement,
  ],
  [
    'quyết định đã thực hiện xong',
    (t) => t.complaintDecisions.completed,
    (s) => s.enforcement.complaintDecisions.completed,
  ],
  [
    'tiền kiến nghị thu hồi cho Nhà nước (đồng)',
    (t) => t.moneyToState,
    (s) => s.enforcement.moneyToStateRecommended,
  ],
  [
    'tiền đã thu hồi cho Nhà nước (đồng)',
    (t) => t.moneyToState,
    (s) => s.enforcement.moneyToStateCollected,
  ],
  [
    'đất kiến nghị thu hồi cho Nhà nước (m²)',
    (t) => t.landToState,
    (s) => s.enforcement.landToStateRecommended,
  ],
  [
    'đất đã thu hồi cho Nhà nước (m²)',
    (t) => t.landToState,
    (s) => s.enforcement.landToStateCollected,
  ],
  [
    'tiền kiến nghị trả lại công dân (đồng)',
    (t) => t.moneyReturned,
    (s) => s.enforcement.moneyReturnRecommended,
  ],
  ['tiền đã trả lại công dân (đồng)', (t) => t.moneyReturned, (s) => s.enforcement.moneyReturned],
  [
    'đất kiến nghị trả lại công dân (m²)',
    (t) => t.landReturned,
    (s) => s.enforcement.landReturnRecommended,
  ],
  ['đất đã trả lại công dân (m²)', (t) => t.landReturned, (s) => s.enforcement.landReturned],
  [
    'tập thể bị kiểm điểm, xử lý',
    (t) => t.collectivesDisciplined,
    (s) => s.enforcement.collectivesDisciplined,
  ],
  [
    'cá nhân bị kiểm điểm, xử lý',
    (t) => t.individualsDisciplined,
    (s) => s.enforcement.individualsDisciplined,
  ],
  [
    'vụ chuyển cơ quan điều tra',
    (t) => t.referredToInvestigationCases,
    (s) => s.enforcement.referredToInvestigationCases,
  ],
];

export const CHECKED_FIGURE_COUNT = FIGURES.length;

const CONVENTION_LABELS: Readonly<Record<string, string>> = {
  statutory: 'kỳ TT 03/2013',
  calendar: 'năm dương lịch',
};

export interface FigureMismatch {
  /** "kỳ TT 03/2013 (2016-12-16 – 2017-12-15)" */
  period: string;
  label: string;
  /** Both in Vietnamese notation: "1.911", "2.982,5". */
  expected: string;
  actual: string;
}

/** Decimal equality on the digits ("2982" = "2982.00"), never through a float. */
function sameDecimal(a: DecimalInput, b: DecimalInput): boolean {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  const scale = Math.max(x.scale, y.scale);
  const units = (d: typeof x) => (d.negative ? -1n : 1n) * d.units * 10n ** BigInt(scale - d.scale);
  return units(x) === units(y);
}

function shown(value: DecimalInput): string {
  return parseDecimal(value).scale === 0 || /^-?\d+\.0*$/.test(String(value))
    ? formatInteger(value)
    : formatDecimal(value, 2);
}

/** Every figure of every summary that differs from the target at `scale`; empty when all match. */
export function comparePublishedFigures(
  summaries: readonly StatisticsSummary[],
  scale: number,
): FigureMismatch[] {
  const targets = demoTargets(scale);
  const out: FigureMismatch[] = [];
  for (const s of summaries) {
    const convention = CONVENTION_LABELS[s.period.convention] ?? s.period.convention;
    const period = `${convention} (${s.period.from} – ${s.period.to})`;
    for (const [label, target, read] of FIGURES) {
      const expected = target(targets);
      const actual = read(s);
      if (!sameDecimal(expected, actual)) {
        out.push({ period, label, expected: shown(expected), actual: shown(actual) });
      }
    }
  }
  return out;
}

const scaleText = (scale: number) => String(scale).replace('.', ',');

export interface PublishedCheck {
  mismatches: FigureMismatch[];
  /** What the command prints: one line when everything matches, else one line per mismatch. */
  lines: string[];
}

/** The comparison and its printed lines ("Khớp số liệu công bố: …" or each mismatch). */
export function checkPublishedFigures(
  summaries: readonly StatisticsSummary[],
  scale: number,
): PublishedCheck {
  const mismatches = comparePublishedFigures(summaries, scale);
  const scaled = scale === 1 ? '' : ` (tỷ lệ ${scaleText(scale)})`;
  if (mismatches.length === 0) {
    const periods = summaries
      .map((s) => CONVENTION_LABELS[s.period.convention] ?? s.period.convention)
      .join(' và ');
    return {
      mismatches,
      lines: [`Khớp số liệu công bố${scaled}: ${CHECKED_FIGURE_COUNT} chỉ tiêu, ${periods}.`],
    };
  }
  const lines = mismatches.map(
    (m) =>
      `Lệch số liệu công bố${scaled}, ${m.period}: ${m.label}: công bố ${m.expected}, đã nạp ${m.actual}`,
  );
  return { mismatches, lines };
}
