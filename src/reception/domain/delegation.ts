import { ReceptionErrorCode as E, type ReceptionViolation, violation } from './reception-errors';

/** DOMAIN.md Product decision 2: 5 or more persons about one matter are a delegation (đoàn đông người). */
export const DELEGATION_MIN_PERSONS = 5;

export interface GroupFacts {
  /** How many persons came (số người), ≥ 1. */
  personsCount: number;
  isDelegation: boolean;
  /** How many of them are listed by name (the visitors), ≥ 1. */
  listedCount: number;
  /** Positions in the visitors list of the group's representatives. */
  representatives: readonly number[];
}

export function isDelegationSize(personsCount: number): boolean {
  return personsCount >= DELEGATION_MIN_PERSONS;
}

/** The flag must say what the count says, both ways (DOMAIN.md Product decision 2). */
export function checkDelegationFlag(g: GroupFacts): ReceptionViolation | null {
  if (g.isDelegation === isDelegationSize(g.personsCount)) return null;
  const rule = g.isDelegation ? 'delegationTooSmall' : 'delegationFlagMissing';
  return violation(E.DelegationMismatch, 'isDelegation', rule);
}

/** DOMAIN.md §2.2: the book lists the representatives plus the head count, never more persons than came. */
export function checkListedVisitors(g: GroupFacts): ReceptionViolation | null {
  if (g.listedCount <= g.personsCount) return null;
  return violation(E.VisitorsInvalid, 'visitors', 'visitorsExceedCount');
}

/**
 * The most representatives a group may send: Luật Khiếu nại 2011 Điều 8(4) (same rule in Luật Tiếp
 * công dân 2013 Điều 30; NĐ 75/2012 Điều 5): 5–10 persons → 1 or 2; more than 10 → at most 5.
 */
export function maxRepresentatives(personsCount: number): number | null {
  if (!isDelegationSize(personsCount)) return null;
  return personsCount <= 10 ? 2 : 5;
}

/** Representatives must be among the group (Luật KN Điều 8(4): a representative is a complainant). */
export function checkRepresentatives(g: GroupFacts): ReceptionViolation | null {
  const outside = g.representatives.findIndex((i) => i < 0 || i >= g.listedCount);
  if (outside >= 0) {
    return violation(
      E.RepresentativesInvalid,
      `representatives.${outside}`,
      'representativeOutsideGroup',
    );
  }
  const max = maxRepresentatives(g.personsCount);
  if (max === null) return null;
  // Luật KN Điều 8(4): several persons complaining about one content must send representatives.
  if (g.representatives.length === 0) {
    return violation(E.RepresentativesInvalid, 'representatives', 'representativesRequired');
  }
  if (g.representatives.length > max) {
    const rule = max === 2 ? 'representativesOverTwo' : 'representativesOverFive';
    return violation(E.RepresentativesInvalid, 'representatives', rule);
  }
  return null;
}

/** The group rules in the order a form shows them. */
export function checkGroup(g: GroupFacts): ReceptionViolation | null {
  return checkDelegationFlag(g) ?? checkListedVisitors(g) ?? checkRepresentatives(g);
}
