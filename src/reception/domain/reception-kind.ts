import { HEAD_KINDS, ReceptionKind } from './reception-enums';
import { ReceptionErrorCode as E, type ReceptionViolation, violation } from './reception-errors';
import { SessionStatus } from './reception-session-status';

/** Luật 136/2025/QH15 (in force 1/7/2026), Điều 3a: online reception (DOMAIN.md Product decision 10). */
export const ONLINE_RECEPTION_FROM = '2026-07-01';

export interface KindFacts {
  kind: ReceptionKind;
  /** Local date of the visit, YYYY-MM-DD. */
  visitOn: string;
  hasPresidingHead: boolean;
  hasSession: boolean;
}

export function isHeadKind(kind: ReceptionKind): boolean {
  return HEAD_KINDS.includes(kind);
}

/** Online reception exists only for visits on or after 1/7/2026. */
export function checkKindInForce(f: KindFacts): ReceptionViolation | null {
  if (f.kind !== ReceptionKind.Online || f.visitOn >= ONLINE_RECEPTION_FROM) return null;
  return violation(E.KindInvalid, 'receptionKind', 'onlineBeforeInForce');
}

/**
 * Who presides: the head (Luật TCD 2013 Điều 12(5), 13(5), 15(2)(d), 18: periodic and
 * unscheduled reception by the head) or the deputy the head delegated; regular and online
 * reception are held by reception officers and have no presiding head.
 */
export function checkPresidingHead(f: KindFacts): ReceptionViolation | null {
  if (isHeadKind(f.kind) === f.hasPresidingHead) return null;
  const rule = f.hasPresidingHead ? 'presidingHeadNotAllowed' : 'presidingHeadRequired';
  return violation(E.KindInvalid, 'presidingHead', rule);
}

/** A periodic reception belongs to a session (kỳ tiếp); only head receptions attach to one. */
export function checkSessionPresence(f: KindFacts): ReceptionViolation | null {
  if (f.kind === ReceptionKind.HeadPeriodic && !f.hasSession) {
    return violation(E.SessionInvalid, 'sessionId', 'sessionRequired');
  }
  if (!isHeadKind(f.kind) && f.hasSession) {
    return violation(E.SessionInvalid, 'sessionId', 'sessionNotAllowed');
  }
  return null;
}

export function checkKind(f: KindFacts): ReceptionViolation | null {
  return checkKindInForce(f) ?? checkPresidingHead(f) ?? checkSessionPresence(f);
}

export interface SessionFacts {
  agencyId: string;
  status: SessionStatus;
  plannedOn: string;
  heldOn: string | null;
}

/** The session must be the visiting agency's, not cancelled, and on the visit's day. */
export function checkSessionMatch(
  session: SessionFacts | null,
  visit: { agencyId: string; visitOn: string },
): ReceptionViolation | null {
  if (!session || session.agencyId !== visit.agencyId) {
    return violation(E.SessionInvalid, 'sessionId', 'sessionUnknown');
  }
  if (session.status === SessionStatus.Cancelled) {
    return violation(E.SessionInvalid, 'sessionId', 'sessionCancelled');
  }
  const days = [session.plannedOn, session.heldOn].filter((d): d is string => d !== null);
  if (!days.includes(visit.visitOn)) {
    return violation(E.SessionInvalid, 'sessionId', 'sessionOtherDay');
  }
  return null;
}
