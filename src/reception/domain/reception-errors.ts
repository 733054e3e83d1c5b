import { AppError } from '../../common/errors/app-error';
import { notFound } from '../../common/errors/common-errors';
import { receptionMessagesVi as m } from '../../common/i18n/reception-messages.vi';
import { visitDateMessagesVi } from '../i18n/visit-date-messages.vi';
import { RECEPTION_SYSTEM_START } from './system-start';

/** Most visits one reception book export holds (a year of a busy city desk). */
export const MAX_BOOK_ROWS = 10_000;

export enum ReceptionErrorCode {
  DateInFuture = 'RECEPTION_DATE_IN_FUTURE',
  DateBeforeSystemStart = 'RECEPTION_DATE_BEFORE_SYSTEM_START',
  KindInvalid = 'RECEPTION_KIND_INVALID',
  DelegationMismatch = 'RECEPTION_DELEGATION_MISMATCH',
  VisitorsInvalid = 'RECEPTION_VISITORS_INVALID',
  RepresentativesInvalid = 'RECEPTION_REPRESENTATIVES_INVALID',
  OutcomeInvalid = 'RECEPTION_OUTCOME_INVALID',
  CaseInvalid = 'RECEPTION_CASE_INVALID',
  SessionInvalid = 'RECEPTION_SESSION_INVALID',
  SessionInvalidTransition = 'RECEPTION_SESSION_INVALID_TRANSITION',
  PeriodInvalid = 'RECEPTION_PERIOD_INVALID',
  DocumentNotApplicable = 'RECEPTION_DOCUMENT_NOT_APPLICABLE',
}

/** A broken rule, found by a pure function in domain/; the service turns it into an AppError. */
export interface ReceptionViolation {
  code: ReceptionErrorCode;
  /** Dotted path of the request field at fault, e.g. `isDelegation`, `representatives.2`. */
  field: string;
  /** Machine code of the rule, e.g. `representativeOutsideGroup`. */
  rule: ReceptionRule;
}

/** Every rule, with its precise Vietnamese message (a Record: a new rule needs a message). */
const RULE_MESSAGES = {
  dateInFuture: m.dateInFuture,
  dateBeforeSystemStart: visitDateMessagesVi.dateBeforeSystemStart(RECEPTION_SYSTEM_START),
  onlineBeforeInForce: m.onlineBeforeInForce,
  presidingHeadRequired: m.presidingHeadRequired,
  presidingHeadNotAllowed: m.presidingHeadNotAllowed,
  sessionRequired: m.sessionRequired,
  sessionNotAllowed: m.sessionNotAllowed,
  sessionUnknown: m.sessionUnknown,
  sessionCancelled: m.sessionCancelled,
  sessionOtherDay: m.sessionOtherDay,
  delegationFlagMissing: m.delegationFlagMissing,
  delegationTooSmall: m.delegationTooSmall,
  visitorsExceedCount: m.visitorsExceedCount,
  visitorRefAmbiguous: m.visitorRefAmbiguous,
  visitorDuplicate: m.visitorDuplicate,
  visitorUnknown: m.visitorUnknown,
  representativeOutsideGroup: m.representativeOutsideGroup,
  representativesRequired: m.representativesRequired,
  representativesOverTwo: m.representativesOverTwo,
  representativesOverFive: m.representativesOverFive,
  refusalGroundRequired: m.refusalGroundRequired,
  refusalGroundNotAllowed: m.refusalGroundNotAllowed,
  refusalNoticeRequired: m.refusalNoticeRequired,
  refusalNoticeNotAllowed: m.refusalNoticeNotAllowed,
  refusalNoticeAfterVisit: m.refusalNoticeAfterVisit,
  guidedToRequired: m.guidedToRequired,
  forwardedToRequired: m.forwardedToRequired,
  notForThisOutcome: m.notForThisOutcome,
  caseChoiceRequired: m.caseChoiceRequired,
  caseUnknown: m.caseUnknown,
  caseMerged: m.caseMerged,
  respondentOnlyForNewCase: m.respondentOnlyForNewCase,
  heldInFuture: m.heldInFuture,
  periodReversed: m.periodReversed,
  periodTooLong: m.periodTooLong(366),
  documentNotApplicable: m.documentNotApplicable,
  bookTooLarge: m.bookTooLarge(MAX_BOOK_ROWS),
} as const;

export type ReceptionRule = keyof typeof RULE_MESSAGES;

const STATUS: Record<ReceptionErrorCode, number> = {
  [ReceptionErrorCode.DateInFuture]: 400,
  [ReceptionErrorCode.DateBeforeSystemStart]: 400,
  [ReceptionErrorCode.KindInvalid]: 400,
  [ReceptionErrorCode.DelegationMismatch]: 400,
  [ReceptionErrorCode.VisitorsInvalid]: 400,
  [ReceptionErrorCode.RepresentativesInvalid]: 400,
  [ReceptionErrorCode.OutcomeInvalid]: 400,
  [ReceptionErrorCode.CaseInvalid]: 400,
  [ReceptionErrorCode.SessionInvalid]: 400,
  [ReceptionErrorCode.SessionInvalidTransition]: 409,
  [ReceptionErrorCode.PeriodInvalid]: 400,
  [ReceptionErrorCode.DocumentNotApplicable]: 409,
};

export function violation(
  code: ReceptionErrorCode,
  field: string,
  rule: ReceptionRule,
): ReceptionViolation {
  return { code, field, rule };
}

/** The AppError of a violation: its status, code, Vietnamese message and the field at fault. */
export function receptionError(v: ReceptionViolation): AppError {
  const message = RULE_MESSAGES[v.rule];
  return new AppError(STATUS[v.code], v.code, message, {
    errors: [{ field: v.field, code: v.rule, message }],
  });
}

/** Throws the first violation, if any. */
export function throwIfViolated(...violations: (ReceptionViolation | null)[]): void {
  const first = violations.find((v) => v !== null);
  if (first) throw receptionError(first);
}

export const receptionErrors = {
  /** The common 404 (NOT_FOUND): a record outside the viewer's scope looks the same as none. */
  visitNotFound: () => notFound(m.visitNotFound),
  sessionNotFound: () => notFound(m.sessionNotFound),
  sessionTransition: (actionLabel: string, statusLabel: string) => {
    const message = m.sessionTransition(actionLabel, statusLabel);
    return new AppError(409, ReceptionErrorCode.SessionInvalidTransition, message, {
      errors: [{ field: 'status', code: 'invalidTransition', message }],
    });
  },
};
