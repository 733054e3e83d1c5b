import { allocate } from './allocate';
import { type DemoUnit, demoUnits, SHARES, unitWeights } from './demo-units';
import { ACTIVE_2017 } from './published-figures';
import { SeededRandom } from './random';
import { planPetitions, planVisits, type PetitionSpec, type VisitSpec } from './scenario-intake';
import { buildScenarioPlan, type ScenarioPlan } from './scenario-plan';
import { planComplaints, planDenunciations, type ProceedingSpec } from './scenario-proceedings';

/** The whole scenario as data: who, where and when; the runner turns it into service calls. */
export interface Scenario {
  plan: ScenarioPlan;
  units: DemoUnit[];
  visits: VisitSpec[];
  petitions: PetitionSpec[];
  proceedings: ProceedingSpec[];
}

/** One unit index per record, in shuffled order, with exactly `allocate(n, weights)` per unit. */
function unitQuota(n: number, weights: readonly number[], rng: SeededRandom): number[] {
  const quota = allocate(n, weights).flatMap((count, unit) => Array<number>(count).fill(unit));
  return rng.shuffle(quota);
}

const in2017 = (p: ProceedingSpec) => p.acceptedOn >= ACTIVE_2017.first;

export function buildScenario(scale: number, seed = 2017): Scenario {
  const plan = buildScenarioPlan(scale);
  const units = demoUnits();
  const rng = new SeededRandom(seed);
  const proceedings = [...planComplaints(plan, rng), ...planDenunciations(plan, rng)].map((p) =>
    in2017(p) ? p : { ...p, via: 'post' as const },
  );
  unitQuota(proceedings.length, unitWeights(units, SHARES.proceedings), rng).forEach((u, i) => {
    proceedings[i]!.unit = u;
  });
  const viaVisit = proceedings.filter((p) => in2017(p) && p.via === 'visit').length;
  const viaPost = proceedings.filter((p) => in2017(p) && p.via === 'post').length;
  const visitCounts = {
    total: plan.visits.total - viaVisit,
    delegations: plan.visits.delegations,
    receivedForHandling: plan.visits.receivedForHandling - viaVisit,
  };
  if (visitCounts.receivedForHandling < 0 || plan.petitions.registered < viaPost) {
    throw new Error('scenario: more proceedings than petitions');
  }
  const visitUnits = unitQuota(visitCounts.total, unitWeights(units, SHARES.visits), rng);
  const petitionUnits = unitQuota(
    plan.petitions.registered - viaPost,
    unitWeights(units, SHARES.petitions),
    rng,
  );
  return {
    plan,
    units,
    visits: planVisits(visitCounts, visitUnits, rng),
    petitions: planPetitions(petitionUnits, rng),
    proceedings,
  };
}
