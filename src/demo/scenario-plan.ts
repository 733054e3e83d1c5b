import { scaleCount } from './allocate';
import { HANOI_2017 } from './published-figures';

// The counts of the scenario at a scale factor (1 = the published Hà Nội 2017 figures). Every
// derived count is computed from the scaled published ones, so the structure of the ratios holds.

export interface AmountPlan {
  /** How many decisions carry the measure. */
  count: number;
  /** Their sum: đồng for money, m² for land, collectives or persons for discipline. */
  total: bigint;
}

export interface ScenarioPlan {
  scale: number;
  visits: { total: number; delegations: number; receivedForHandling: number };
  petitions: { received: number; registered: number };
  complaints: {
    inCompetence: number;
    carriedOver: number;
    accepted: number;
    resolved: number;
    withdrawn: number;
    decided: number;
  };
  denunciations: {
    inCompetence: number;
    carriedOver: number;
    accepted: number;
    resolved: number;
    withdrawn: number;
    concluded: number;
  };
  enforcement: {
    toImplement: number;
    carriedOver: number;
    newlyEffective: number;
    completed: number;
    completedCarried: number;
    completedNew: number;
  };
  measures: {
    recoverMoney: AmountPlan;
    recoverLand: AmountPlan;
    returnMoney: AmountPlan;
    returnLand: AmountPlan;
    disciplineOrg: AmountPlan;
    disciplinePerson: AmountPlan;
    referral: AmountPlan;
  };
}

const share = (n: number, s: number) => Math.round(n * s);

function amount(count: number, total: bigint, scale: number): AmountPlan {
  const scaled = BigInt(Math.round(Number(total) * scale));
  const n = Math.min(scaleCount(count, scale), Number(scaled > 0n ? scaled : 1n));
  return { count: n, total: scaled > 0n ? scaled : 1n };
}

/** The published amounts, each over a few decisions (2,6 tỷ over 12, 7,02 tỷ over 30, …). */
function measuresAt(scale: number): ScenarioPlan['measures'] {
  const f = HANOI_2017;
  return {
    recoverMoney: amount(12, f.moneyToState, scale),
    recoverLand: amount(6, f.landToState, scale),
    returnMoney: amount(30, f.moneyReturned, scale),
    returnLand: amount(8, f.landReturned, scale),
    disciplineOrg: amount(40, BigInt(f.collectivesDisciplined), scale),
    disciplinePerson: amount(45, BigInt(f.individualsDisciplined), scale),
    referral: amount(f.referredToInvestigationCases, BigInt(f.referredToInvestigationCases), scale),
  };
}

export function buildScenarioPlan(scale: number): ScenarioPlan {
  if (!(scale > 0 && scale <= 1)) throw new Error('scale must be in (0, 1]');
  const f = HANOI_2017;
  const visits = scaleCount(f.visits, scale);
  const received = scaleCount(f.petitionsReceived, scale);
  const receivedForHandling = share(visits, 0.35); // a third of visitors hand over a petition
  const kIn = scaleCount(f.complaints.inCompetence, scale);
  const kRes = scaleCount(f.complaints.resolved, scale);
  const kCarried = share(kIn, 0.12);
  const kWithdrawn = share(kRes, 0.13); // DOMAIN §9.2: ~13 % withdrawn after explanation
  const tIn = scaleCount(f.denunciations.inCompetence, scale);
  const tRes = scaleCount(f.denunciations.resolved, scale);
  const tCarried = share(tIn, 0.1);
  const tWithdrawn = share(tRes, 0.05);
  const eTotal = scaleCount(f.complaintDecisions.toImplement, scale);
  const eDone = scaleCount(f.complaintDecisions.completed, scale);
  const eCarried = share(eTotal, 0.42);
  const eCompletedCarried = Math.min(eCarried, share(eDone, 0.4));
  return {
    scale,
    visits: { total: visits, delegations: scaleCount(f.delegations, scale), receivedForHandling },
    petitions: { received, registered: received - receivedForHandling },
    complaints: {
      inCompetence: kIn,
      carriedOver: kCarried,
      accepted: kIn - kCarried,
      resolved: kRes,
      withdrawn: kWithdrawn,
      decided: kRes - kWithdrawn,
    },
    denunciations: {
      inCompetence: tIn,
      carriedOver: tCarried,
      accepted: tIn - tCarried,
      resolved: tRes,
      withdrawn: tWithdrawn,
      concluded: tRes - tWithdrawn,
    },
    enforcement: {
      toImplement: eTotal,
      carriedOver: eCarried,
      newlyEffective: eTotal - eCarried,
      completed: eDone,
      completedCarried: eCompletedCarried,
      completedNew: eDone - eCompletedCarried,
    },
    measures: measuresAt(scale),
  };
}

/** Splits a bigint total into `count` positive parts (the last takes the remainder). */
export function splitAmount(total: bigint, count: number): bigint[] {
  if (count < 1 || total < BigInt(count)) throw new Error('splitAmount: not enough to split');
  const base = total / BigInt(count);
  const parts = Array.from({ length: count }, () => base);
  parts[count - 1] = total - base * BigInt(count - 1);
  return parts;
}
