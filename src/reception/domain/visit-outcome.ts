import { RefusalGround, VisitOutcome } from './reception-enums';
import { ReceptionErrorCode as E, type ReceptionViolation, violation } from './reception-errors';

export interface OutcomeFacts {
  outcome: VisitOutcome;
  refusalGround: RefusalGround | null;
  refusalNotice: { number: string; issuedOn: string } | null;
  visitOn: string;
  guidedTo: string | null;
  guidanceReason: string | null;
  forwardedTo: string | null;
}

/** Luật Tiếp công dân 2013 Điều 9: a refusal states its ground; only a refusal has one. */
function checkRefusalGround(f: OutcomeFacts): ReceptionViolation | null {
  const refused = f.outcome === VisitOutcome.Refused;
  if (refused === (f.refusalGround !== null)) return null;
  const rule = refused ? 'refusalGroundRequired' : 'refusalGroundNotAllowed';
  return violation(E.OutcomeInvalid, 'refusalGround', rule);
}

/**
 * Luật TCD 2013 Điều 9(3) (TT 04/2021): refusing a person who keeps raising a matter already
 * resolved correctly needs the head's written refusal notice, issued no later than the visit.
 */
function checkRefusalNotice(f: OutcomeFacts): ReceptionViolation | null {
  const needed = f.refusalGround === RefusalGround.RepeatedResolvedMatter;
  if (needed !== (f.refusalNotice !== null)) {
    const rule = needed ? 'refusalNoticeRequired' : 'refusalNoticeNotAllowed';
    return violation(E.OutcomeInvalid, 'refusalNotice', rule);
  }
  if (f.refusalNotice && f.refusalNotice.issuedOn > f.visitOn) {
    return violation(E.OutcomeInvalid, 'refusalNotice.issuedOn', 'refusalNoticeAfterVisit');
  }
  return null;
}

/**
 * DOMAIN.md §2.5: guiding names the competent body the citizen is sent to; forwarding names the
 * body that receives the matter. Neither is written for another outcome.
 */
function checkDestination(
  f: OutcomeFacts,
  field: 'guidedTo' | 'forwardedTo',
): ReceptionViolation | null {
  const outcome = field === 'guidedTo' ? VisitOutcome.Guided : VisitOutcome.Forwarded;
  const present = f[field] !== null;
  if ((f.outcome === outcome) === present) return null;
  if (present) return violation(E.OutcomeInvalid, field, 'notForThisOutcome');
  return violation(
    E.OutcomeInvalid,
    field,
    field === 'guidedTo' ? 'guidedToRequired' : 'forwardedToRequired',
  );
}

/** The reason on the guidance slip belongs to a guided visit only. */
function checkGuidanceReason(f: OutcomeFacts): ReceptionViolation | null {
  if (f.guidanceReason === null || f.outcome === VisitOutcome.Guided) return null;
  return violation(E.OutcomeInvalid, 'guidanceReason', 'notForThisOutcome');
}

export function checkOutcome(f: OutcomeFacts): ReceptionViolation | null {
  return (
    checkRefusalGround(f) ??
    checkRefusalNotice(f) ??
    checkDestination(f, 'guidedTo') ??
    checkGuidanceReason(f) ??
    checkDestination(f, 'forwardedTo')
  );
}
