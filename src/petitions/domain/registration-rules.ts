import type { CaseField, ContentType } from '../../cases/domain/case-enums';
import { compareLocalDates } from '../../legal/domain/local-date';
import {
  arrivesWithDispatch,
  dispatchRequired,
  isFieldAllowed,
  signatoryProblem,
} from './classification';
import type { PetitionSource, SignatoryKind } from './petition-enums';
import { PetitionErrorCode as E, type PetitionViolation, violation } from './petition-errors';

/** Which of the three ways of naming a signatory a request entry uses. */
export interface SignatoryRefShape {
  hasPersonId: boolean;
  hasIdNumber: boolean;
  hasIdentity: boolean;
}

export interface RegistrationFacts {
  receivedOn: string;
  today: string;
  source: PetitionSource;
  senderBody: string | null;
  dispatchNo: string | null;
  dispatchOn: string | null;
  signatoryKind: SignatoryKind;
  isAnonymous: boolean;
  signatories: readonly SignatoryRefShape[];
  type: ContentType;
  field: CaseField;
  caseId: string | null;
  newCase: boolean;
}

const invalid = (field: string, rule: Parameters<typeof violation>[2]) =>
  violation(E.Invalid, field, rule);

/** A petition is registered after it arrived: never on a future day (Clock, Việt Nam time). */
function checkReceivedOn(f: RegistrationFacts): PetitionViolation | null {
  return compareLocalDates(f.receivedOn, f.today) > 0
    ? invalid('receivedOn', 'receivedInFuture')
    : null;
}

/** The dispatch (công văn chuyển đơn) of a petition another body sent (DOMAIN §3.1). */
function checkDispatch(f: RegistrationFacts): PetitionViolation | null {
  const given: [string, string | null][] = [
    ['senderBody', f.senderBody],
    ['dispatchNo', f.dispatchNo],
    ['dispatchOn', f.dispatchOn],
  ];
  if (!arrivesWithDispatch(f.source)) {
    const extra = given.find(([, v]) => v !== null);
    return extra ? invalid(extra[0], 'dispatchOnlyWhenForwarded') : null;
  }
  const missing = given.find(([, v]) => v === null);
  if (dispatchRequired(f.source) && missing) return invalid(missing[0], 'dispatchRequired');
  if (f.dispatchOn !== null && compareLocalDates(f.dispatchOn, f.receivedOn) > 0) {
    return invalid('dispatchOn', 'dispatchAfterReceipt');
  }
  return null;
}

/** 01/XLD: many / one / other signatories; each named in exactly one way. */
function checkSignatories(f: RegistrationFacts): PetitionViolation | null {
  const bad = f.signatories.findIndex(
    (r) => [r.hasPersonId, r.hasIdNumber, r.hasIdentity].filter(Boolean).length !== 1,
  );
  if (bad >= 0) return invalid(`signatories.${bad}`, 'signatoryRefAmbiguous');
  const problem = signatoryProblem(f.signatoryKind, f.signatories.length, f.isAnonymous);
  if (problem === 'anonymousNotOther') return invalid('signatoryKind', problem);
  return problem ? invalid('signatories', problem) : null;
}

/** Every rule a new petition must meet before anything is written; the first broken one. */
export function checkRegistration(f: RegistrationFacts): PetitionViolation | null {
  return (
    checkReceivedOn(f) ??
    checkDispatch(f) ??
    (isFieldAllowed(f.type, f.field) ? null : invalid('field', 'fieldNotForType')) ??
    checkSignatories(f) ??
    // DESIGN §2 Case: every petition belongs to exactly one case, existing or new.
    ((f.caseId !== null) === f.newCase ? invalid('caseId', 'caseChoiceRequired') : null)
  );
}

/** A person signs a petition once. */
export function checkDistinctSignatories(personIds: readonly string[]): PetitionViolation | null {
  const seen = new Set<string>();
  for (const [i, id] of personIds.entries()) {
    if (seen.has(id)) return invalid(`signatories.${i}`, 'signatoryDuplicate');
    seen.add(id);
  }
  return null;
}
