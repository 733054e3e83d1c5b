import { VisitorRole } from './reception-enums';
import { ReceptionErrorCode as E, type ReceptionViolation, violation } from './reception-errors';

/** Which of the three ways of naming a visitor a request entry uses. */
export interface VisitorRefShape {
  hasPersonId: boolean;
  hasIdNumber: boolean;
  hasIdentity: boolean;
}

/** Each listed visitor is named in exactly one way: an existing id, an ID number, or a new identity. */
export function checkVisitorRefs(refs: readonly VisitorRefShape[]): ReceptionViolation | null {
  const bad = refs.findIndex(
    (r) => [r.hasPersonId, r.hasIdNumber, r.hasIdentity].filter(Boolean).length !== 1,
  );
  return bad < 0 ? null : violation(E.VisitorsInvalid, `visitors.${bad}`, 'visitorRefAmbiguous');
}

/** A person is listed once per visit (the book's head count would be wrong otherwise). */
export function checkDistinctVisitors(personIds: readonly string[]): ReceptionViolation | null {
  const seen = new Set<string>();
  for (const [i, id] of personIds.entries()) {
    if (seen.has(id)) return violation(E.VisitorsInvalid, `visitors.${i}`, 'visitorDuplicate');
    seen.add(id);
  }
  return null;
}

/**
 * The part of each listed visitor: representatives as named; when a group has representatives the
 * others are members; a visitor who came alone or with a few others without one is a visitor.
 */
export function visitorRoles(
  listedCount: number,
  representatives: readonly number[],
): VisitorRole[] {
  const chosen = new Set(representatives);
  return Array.from({ length: listedCount }, (_, i) => {
    if (chosen.has(i)) return VisitorRole.Representative;
    return chosen.size > 0 ? VisitorRole.Member : VisitorRole.Visitor;
  });
}
