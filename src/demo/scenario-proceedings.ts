import { EnforcementType } from '../decisions/domain/recommended-measures';
import { addDays, workingDayNear, workingDays } from './demo-calendar';
import { ACTIVE_2017, CARRIED_2016 } from './published-figures';
import type { SeededRandom } from './random';
import { type AmountPlan, type ScenarioPlan, splitAmount } from './scenario-plan';

// The complaint and denunciation proceedings of the scenario, each with its dates and its end
// (DESIGN §5: in competence = accepted on or before `to` and not resolved before `from`).

export interface MeasureSpec {
  type: EnforcementType;
  amount?: string;
  area?: string;
  collectives?: number;
  persons?: number;
  description?: string;
}

export type ProceedingEnd =
  | { kind: 'withdrawal'; on: string }
  | {
      kind: 'decision';
      on: string;
      outcome: 'right' | 'partly_right' | 'wrong';
      measures: MeasureSpec[];
      /** Complaint decisions with something to implement take legal effect (Luật KN Đ44). */
      enforce: boolean;
      /** The day every item is done (thực hiện dứt điểm), or null: still outstanding. */
      completeOn: string | null;
    };

export interface ProceedingSpec {
  type: 'complaint' | 'denunciation';
  /** Received through a visit (outcome received_for_handling) or registered from the post. */
  via: 'visit' | 'post';
  acceptedOn: string;
  end: ProceedingEnd | null;
  unit: number;
}

const OTHER: MeasureSpec = {
  type: EnforcementType.Other,
  description: 'Khắc phục sai sót trong trình tự bồi thường, hỗ trợ',
};
const LAST = ACTIVE_2017.last;

function spread(days: readonly string[], n: number, rng: SeededRandom): string[] {
  return Array.from({ length: n }, () => rng.pick(days)).sort();
}

function resolvedOn(acceptedOn: string, rng: SeededRandom): string {
  const on = addDays(acceptedOn, rng.int(20, 45));
  return workingDayNear(on < ACTIVE_2017.first ? ACTIVE_2017.first : on, LAST);
}

/** The measures with amounts of the plan, one per decision in turn (round robin). */
function amountMeasures(plan: ScenarioPlan['measures'], kinds: 'money' | 'discipline') {
  const out: MeasureSpec[] = [];
  const add = (a: AmountPlan, make: (part: bigint) => MeasureSpec) =>
    splitAmount(a.total, a.count).forEach((p) => out.push(make(p)));
  if (kinds === 'money') {
    add(plan.recoverMoney, (p) => ({ type: EnforcementType.RecoverMoney, amount: String(p) }));
    add(plan.recoverLand, (p) => ({ type: EnforcementType.RecoverLand, area: String(p) }));
    add(plan.returnMoney, (p) => ({ type: EnforcementType.ReturnMoneyPerson, amount: String(p) }));
    add(plan.returnLand, (p) => ({ type: EnforcementType.ReturnLandPerson, area: String(p) }));
  } else {
    add(plan.disciplineOrg, (p) => ({
      type: EnforcementType.DisciplineOrg,
      collectives: Number(p),
    }));
    add(plan.disciplinePerson, (p) => ({
      type: EnforcementType.DisciplinePerson,
      persons: Number(p),
    }));
    add(plan.referral, (p) => ({ type: EnforcementType.ReferInvestigation, persons: Number(p) }));
  }
  return out;
}

interface Counts {
  carriedOver: number;
  accepted: number;
  resolved: number;
  withdrawn: number;
}

/** In-competence proceedings of one type, oldest accepted first; the first `resolved` end in 2017. */
function inCompetence(type: ProceedingSpec['type'], c: Counts, rng: SeededRandom) {
  const days2016 = workingDays('2016-10-03', CARRIED_2016.last);
  const days2017 = workingDays(ACTIVE_2017.first, LAST);
  const accepted = [...spread(days2016, c.carriedOver, rng), ...spread(days2017, c.accepted, rng)];
  const withdrawn = new Set(rng.shuffle([...Array(c.resolved).keys()]).slice(0, c.withdrawn));
  return accepted.map((acceptedOn, i): ProceedingSpec => {
    const via = rng.next() < 0.4 ? 'visit' : 'post';
    const base = { type, via, acceptedOn, unit: -1 } as const;
    if (i >= c.resolved) return { ...base, end: null };
    const on = resolvedOn(acceptedOn, rng);
    if (withdrawn.has(i)) return { ...base, end: { kind: 'withdrawal', on } };
    const end = {
      kind: 'decision',
      on,
      outcome: 'wrong',
      measures: [],
      enforce: false,
      completeOn: null,
    } as const;
    return { ...base, end: { ...end, measures: [] } };
  });
}

type Decided = ProceedingSpec & { end: Extract<ProceedingEnd, { kind: 'decision' }> };
const isDecided = (p: ProceedingSpec): p is Decided => p.end?.kind === 'decision';

/** Gives `n` decisions issued on or before `latest` measures; the first `done` are completed. */
function withMeasures(
  decided: Decided[],
  o: { n: number; done: number; latest: string; extra: MeasureSpec[]; days: [number, number] },
  rng: SeededRandom,
) {
  const eligible = rng.shuffle(decided.filter((p) => p.end.on <= o.latest)).slice(0, o.n);
  if (eligible.length < o.n) throw new Error('scenario: not enough early decisions for measures');
  eligible.forEach((p, i) => {
    const done = i < o.done;
    const completeOn = done ? workingDayNear(addDays(p.end.on, rng.int(...o.days)), LAST) : null;
    p.end = {
      ...p.end,
      outcome: i % 3 === 0 ? 'right' : 'partly_right',
      measures: [OTHER],
      enforce: true,
      completeOn,
    };
  });
  o.extra.forEach((m, i) => {
    const p = eligible[i % Math.max(1, o.done)]!;
    p.end.measures = p.end.measures[0] === OTHER ? [m] : [...p.end.measures, m];
  });
}

export function planComplaints(plan: ScenarioPlan, rng: SeededRandom): ProceedingSpec[] {
  const k = plan.complaints;
  const e = plan.enforcement;
  const list = inCompetence('complaint', k, rng);
  const decided = list.filter(isDecided);
  const money = amountMeasures(plan.measures, 'money');
  const opts = { n: e.newlyEffective, done: e.completedNew, latest: '2017-10-31', extra: money };
  withMeasures(decided, { ...opts, days: [45, 60] }, rng);
  // carried-over decisions: decided and effective in 2016, still being implemented on 16/12/2016
  const days = workingDays(CARRIED_2016.first, '2016-09-15');
  const carried = spread(days, e.carriedOver, rng).map((acceptedOn, i): ProceedingSpec => {
    const on = workingDayNear(addDays(acceptedOn, 25), '2016-10-15');
    const completeOn =
      i < e.completedCarried ? rng.pick(workingDays('2017-02-06', '2017-11-30')) : null;
    const end = {
      kind: 'decision',
      on,
      outcome: 'partly_right',
      measures: [OTHER],
      enforce: true,
      completeOn,
    } as const;
    return {
      type: 'complaint',
      via: 'post',
      acceptedOn,
      end: { ...end, measures: [OTHER] },
      unit: -1,
    };
  });
  return [...carried, ...list];
}

export function planDenunciations(plan: ScenarioPlan, rng: SeededRandom): ProceedingSpec[] {
  const list = inCompetence('denunciation', plan.denunciations, rng);
  const extra = amountMeasures(plan.measures, 'discipline');
  const decided = list.filter(isDecided);
  const latest = '2017-11-15';
  const n = Math.min(extra.length, decided.filter((p) => p.end.on <= latest).length);
  withMeasures(decided, { n, done: n, latest, extra, days: [10, 25] }, rng);
  return list;
}
