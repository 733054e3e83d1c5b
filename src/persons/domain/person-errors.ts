import { AppError } from '../../common/errors/app-error';
import { personMessagesVi as m } from '../../common/i18n/person-messages.vi';
import { identityAccessMessagesVi as a } from '../i18n/identity-access-messages.vi';

export enum PersonErrorCode {
  NotFound = 'PERSON_NOT_FOUND',
  InvalidIdentity = 'PERSON_INVALID_IDENTITY',
  AccessRequestNotFound = 'IDENTITY_ACCESS_REQUEST_NOT_FOUND',
  AccessRequestDecided = 'IDENTITY_ACCESS_REQUEST_DECIDED',
  AccessRequestOwn = 'IDENTITY_ACCESS_REQUEST_OWN',
  AccessReasonTooShort = 'IDENTITY_ACCESS_REASON_TOO_SHORT',
  IdentityMismatch = 'PERSON_IDENTITY_MISMATCH',
  AccessTargetRequired = 'IDENTITY_ACCESS_TARGET_REQUIRED',
  AccessTargetUnknown = 'IDENTITY_ACCESS_TARGET_UNKNOWN',
  AccessRequesterMoved = 'IDENTITY_ACCESS_REQUESTER_MOVED',
  AccessRequestNoTarget = 'IDENTITY_ACCESS_REQUEST_NO_TARGET',
}

/** A broken identity rule, found by a pure function; `field` is the request field at fault. */
export interface PersonViolation {
  field: string;
  rule: PersonRule;
}

export type PersonRule =
  | 'required'
  | 'idTypeRequired'
  | 'idNumberRequired'
  | 'format'
  | 'taxCodeForOrganisation'
  | 'inFuture'
  | 'beforeBirth';

const RULE_MESSAGES: Readonly<Record<PersonRule, string>> = {
  required: m.fullNameRequired,
  idTypeRequired: m.idTypeRequired,
  idNumberRequired: m.idNumberRequired,
  format: m.idNumberFormat,
  taxCodeForOrganisation: m.taxCodeForOrganisation,
  inFuture: m.dateInFuture,
  beforeBirth: m.issuedBeforeBirth,
};

/** Status of each code (a Record, so that a new code does not compile without one). */
const STATUS: Readonly<Record<PersonErrorCode, number>> = {
  [PersonErrorCode.NotFound]: 404,
  [PersonErrorCode.InvalidIdentity]: 400,
  [PersonErrorCode.AccessRequestNotFound]: 404,
  [PersonErrorCode.AccessRequestDecided]: 409,
  [PersonErrorCode.AccessRequestOwn]: 403,
  [PersonErrorCode.AccessReasonTooShort]: 400,
  [PersonErrorCode.IdentityMismatch]: 409,
  [PersonErrorCode.AccessTargetRequired]: 400,
  [PersonErrorCode.AccessTargetUnknown]: 400,
  [PersonErrorCode.AccessRequesterMoved]: 409,
  [PersonErrorCode.AccessRequestNoTarget]: 409,
};

const MESSAGES: Readonly<Record<PersonErrorCode, string>> = {
  [PersonErrorCode.NotFound]: m.notFound,
  [PersonErrorCode.InvalidIdentity]: m.invalidIdentity,
  [PersonErrorCode.AccessRequestNotFound]: m.accessRequestNotFound,
  [PersonErrorCode.AccessRequestDecided]: m.accessRequestDecided,
  [PersonErrorCode.AccessRequestOwn]: m.accessRequestOwn,
  [PersonErrorCode.AccessReasonTooShort]: m.accessReasonTooShort,
  [PersonErrorCode.IdentityMismatch]: a.identityMismatch,
  [PersonErrorCode.AccessTargetRequired]: a.accessTargetRequired,
  [PersonErrorCode.AccessTargetUnknown]: a.accessTargetUnknown,
  [PersonErrorCode.AccessRequesterMoved]: a.accessRequesterMoved,
  [PersonErrorCode.AccessRequestNoTarget]: a.accessRequestNoTarget,
};

function personError(code: PersonErrorCode, field?: string): AppError {
  const errors = field ? [{ field, code, message: MESSAGES[code] }] : [];
  return new AppError(STATUS[code], code, MESSAGES[code], { errors });
}

/** 400 listing every violated rule, each with its (optionally prefixed) field. No values. */
export function invalidIdentity(violations: readonly PersonViolation[], prefix = ''): AppError {
  const errors = violations.map((v) => ({
    field: prefix ? `${prefix}.${v.field}` : v.field,
    code: v.rule,
    message: RULE_MESSAGES[v.rule],
  }));
  return new AppError(400, PersonErrorCode.InvalidIdentity, m.invalidIdentity, { errors });
}

export const personErrors = {
  notFound: () => personError(PersonErrorCode.NotFound),
  accessRequestNotFound: () => personError(PersonErrorCode.AccessRequestNotFound),
  accessRequestDecided: () => personError(PersonErrorCode.AccessRequestDecided),
  accessRequestOwn: () => personError(PersonErrorCode.AccessRequestOwn),
  accessReasonTooShort: () => personError(PersonErrorCode.AccessReasonTooShort, 'reason'),
  /** 409: the ID number is registered (in the caller's scope) under another full name. */
  identityMismatch: (field: string) => personError(PersonErrorCode.IdentityMismatch, field),
  accessTargetRequired: () => personError(PersonErrorCode.AccessTargetRequired, 'recordId'),
  /** 400, the same for a record that does not exist and one outside the requester's scope. */
  accessTargetUnknown: (field: 'recordId' | 'caseId') =>
    personError(PersonErrorCode.AccessTargetUnknown, field),
  accessRequesterMoved: () => personError(PersonErrorCode.AccessRequesterMoved, 'requesterId'),
  accessRequestNoTarget: () => personError(PersonErrorCode.AccessRequestNoTarget, 'recordId'),
};
