import { AppError } from '../../common/errors/app-error';
import { agencyMessagesVi as m } from '../../common/i18n/agency-messages.vi';

export enum AgencyErrorCode {
  NotFound = 'AGENCY_NOT_FOUND',
  ReferenceNotFound = 'AGENCY_REFERENCE_NOT_FOUND',
  CodeTaken = 'AGENCY_CODE_TAKEN',
  InvalidValidity = 'AGENCY_INVALID_VALIDITY',
  OutsideParentValidity = 'AGENCY_OUTSIDE_PARENT_VALIDITY',
  InvalidParent = 'AGENCY_INVALID_PARENT',
  LevelAbolished = 'AGENCY_LEVEL_ABOLISHED',
  AlreadyClosed = 'AGENCY_ALREADY_CLOSED',
  HasActiveChildren = 'AGENCY_HAS_ACTIVE_CHILDREN',
}

/** A broken rule, found by a pure function in domain/; the service turns it into an AppError. */
export interface AgencyViolation {
  code: AgencyErrorCode;
  /** Dotted path of the request field at fault, e.g. `validTo` or `predecessorIds.1`. */
  field: string;
  /** Machine code of the rule within the error code, e.g. `beforeValidFrom`. */
  rule: string;
}

export function violation(code: AgencyErrorCode, field: string, rule: string): AgencyViolation {
  return { code, field, rule };
}

/** Status of each code (a Record, so that a new code does not compile without one). */
const STATUS: Record<AgencyErrorCode, number> = {
  [AgencyErrorCode.NotFound]: 404,
  [AgencyErrorCode.ReferenceNotFound]: 400,
  [AgencyErrorCode.CodeTaken]: 409,
  [AgencyErrorCode.InvalidValidity]: 400,
  [AgencyErrorCode.OutsideParentValidity]: 400,
  [AgencyErrorCode.InvalidParent]: 400,
  [AgencyErrorCode.LevelAbolished]: 400,
  [AgencyErrorCode.AlreadyClosed]: 409,
  [AgencyErrorCode.HasActiveChildren]: 409,
};

const MESSAGES: Record<AgencyErrorCode, string> = {
  [AgencyErrorCode.NotFound]: m.notFound,
  [AgencyErrorCode.ReferenceNotFound]: m.referenceNotFound,
  [AgencyErrorCode.CodeTaken]: m.codeTaken,
  [AgencyErrorCode.InvalidValidity]: m.invalidValidity,
  [AgencyErrorCode.OutsideParentValidity]: m.outsideParentValidity,
  [AgencyErrorCode.InvalidParent]: m.invalidParent,
  [AgencyErrorCode.LevelAbolished]: m.districtLevelAbolished,
  [AgencyErrorCode.AlreadyClosed]: m.alreadyClosed,
  [AgencyErrorCode.HasActiveChildren]: m.hasActiveChildren,
};

/** Rules whose message is more precise than their code's. */
const RULE_MESSAGES: Readonly<Record<string, string>> = {
  mergeTooEarly: m.mergeTooEarly,
  rootMustBeProvince: m.rootMustBeProvince,
  parentAmongPredecessors: m.parentAmongPredecessors,
};

/** The AppError for a violation: its status, code, Vietnamese message and the field at fault. */
export function agencyError(v: AgencyViolation): AppError {
  const message = RULE_MESSAGES[v.rule] ?? MESSAGES[v.code];
  return new AppError(STATUS[v.code], v.code, message, {
    errors: [{ field: v.field, code: v.rule, message }],
  });
}

/** Throws the first violation, if any. */
export function throwIfViolated(...violations: (AgencyViolation | null)[]): void {
  const first = violations.find((v) => v !== null);
  if (first) throw agencyError(first);
}

export const agencyErrors = {
  notFound: () => new AppError(404, AgencyErrorCode.NotFound, m.notFound),
  referenceNotFound: (field: string) =>
    agencyError(violation(AgencyErrorCode.ReferenceNotFound, field, 'notFound')),
  codeTaken: (field: string) => agencyError(violation(AgencyErrorCode.CodeTaken, field, 'unique')),
};
