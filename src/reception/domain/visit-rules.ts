import { checkGroup, type GroupFacts } from './delegation';
import { checkKind, type KindFacts } from './reception-kind';
import { ReceptionErrorCode as E, type ReceptionViolation, violation } from './reception-errors';
import { RECEPTION_SYSTEM_START } from './system-start';
import { checkOutcome, type OutcomeFacts } from './visit-outcome';

/** Clock skew tolerated between the desk's computer and the server. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** A visit is recorded after it happened: its time may not be in the future (Clock). */
export function checkVisitTime(receivedAt: Date, now: Date): ReceptionViolation | null {
  if (receivedAt.getTime() <= now.getTime() + FUTURE_TOLERANCE_MS) return null;
  return violation(E.DateInFuture, 'receivedAt', 'dateInFuture');
}

/** ...nor before the system start (its local day, YYYY-MM-DD, so text order is date order). */
export function checkVisitAfterStart(visitOn: string): ReceptionViolation | null {
  if (visitOn >= RECEPTION_SYSTEM_START) return null;
  return violation(E.DateBeforeSystemStart, 'receivedAt', 'dateBeforeSystemStart');
}

export interface CaseChoiceFacts {
  caseId: string | null;
  newCase: boolean;
  hasRespondent: boolean;
}

/** A visit links to exactly one case: an existing one, or a new one it opens (DESIGN.md §2 Case). */
export function checkCaseChoice(f: CaseChoiceFacts): ReceptionViolation | null {
  if ((f.caseId !== null) === f.newCase) {
    return violation(E.CaseInvalid, 'caseId', 'caseChoiceRequired');
  }
  if (f.caseId !== null && f.hasRespondent) {
    return violation(E.CaseInvalid, 'respondent', 'respondentOnlyForNewCase');
  }
  return null;
}

export interface VisitFacts {
  receivedAt: Date;
  now: Date;
  kind: KindFacts;
  group: GroupFacts;
  outcome: OutcomeFacts;
  caseChoice: CaseChoiceFacts;
}

/** Every rule a new visit must meet before anything is written; the first broken one. */
export function checkVisit(f: VisitFacts): ReceptionViolation | null {
  return (
    checkVisitTime(f.receivedAt, f.now) ??
    checkVisitAfterStart(f.kind.visitOn) ??
    checkKind(f.kind) ??
    checkGroup(f.group) ??
    checkOutcome(f.outcome) ??
    checkCaseChoice(f.caseChoice)
  );
}
