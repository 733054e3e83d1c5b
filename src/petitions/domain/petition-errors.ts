import { AppError } from '../../common/errors/app-error';
import { notFound } from '../../common/errors/common-errors';
import { CommonErrorCode } from '../../common/errors/error-code';
import { petitionMessagesVi as m } from '../../common/i18n/petition-messages.vi';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_PETITION } from './attachment-limits';

export enum PetitionErrorCode {
  Invalid = 'PETITION_INVALID',
  InvalidTransition = 'PETITION_INVALID_TRANSITION',
  TypeMismatch = 'PETITION_TYPE_MISMATCH',
  OutcomeNotAllowed = 'PETITION_OUTCOME_NOT_ALLOWED',
  AttachmentInvalid = 'PETITION_ATTACHMENT_INVALID',
  DocumentNotApplicable = 'PETITION_DOCUMENT_NOT_APPLICABLE',
}

/** Every rule, with its Vietnamese message (a Record: a new rule needs a message). */
const RULE_MESSAGES = {
  receivedInFuture: m.receivedInFuture,
  fieldNotForType: m.fieldNotForType,
  signatoriesForOne: m.signatoriesForOne,
  signatoriesForMany: m.signatoriesForMany,
  anonymousHasSignatories: m.anonymousHasSignatories,
  anonymousNotOther: m.anonymousNotOther,
  signatoryRefAmbiguous: m.signatoryRefAmbiguous,
  signatoryDuplicate: m.signatoryDuplicate,
  signatoryUnknown: m.signatoryUnknown,
  dispatchOnlyWhenForwarded: m.dispatchOnlyWhenForwarded,
  dispatchRequired: m.dispatchRequired,
  dispatchAfterReceipt: m.dispatchAfterReceipt,
  caseChoiceRequired: m.caseChoiceRequired,
  caseUnknown: m.caseUnknown,
  caseMerged: m.caseMerged,
  handlerUnknown: m.handlerUnknown,
  outcomeNeedsCheck: m.outcomeNeedsCheck,
  outcomeNotForType: m.outcomeNotForType,
  outcomeNeedsCompetence: m.outcomeNeedsCompetence,
  outcomeNeedsNoCompetence: m.outcomeNeedsNoCompetence,
  outcomeNeedsEligible: m.outcomeNeedsEligible,
  anonymousNotProcessed: m.anonymousNotProcessed,
  denunciationNotGuided: m.denunciationNotGuided,
  misroutedNeedsForwardedSource: m.misroutedNeedsForwardedSource,
  guidedBefore: m.guidedBefore,
  groundRequired: m.groundRequired,
  bodyRequired: m.bodyRequired,
  detailNotForAction: m.detailNotForAction,
  detailRequired: m.detailRequired,
  denouncerNotificationRequired: m.denouncerNotificationRequired,
  checkItemsMissing: m.checkItemsMissing,
  extensionNotForType: m.extensionNotForType,
  extensionUsed: m.extensionUsed,
  extensionGroundRequired: m.extensionGroundRequired,
  splitNotMixed: m.splitNotMixed,
  splitPartMixed: m.splitPartMixed,
  splitTooFewParts: m.splitTooFewParts,
  notifiedBeforeReceipt: m.notifiedBeforeReceipt,
  replyBeforeReceipt: m.replyBeforeReceipt,
  replyInFuture: m.replyInFuture,
  attachmentTooLarge: m.attachmentTooLarge(MAX_ATTACHMENT_BYTES / (1024 * 1024)),
  attachmentEmpty: m.attachmentEmpty,
  attachmentType: m.attachmentType,
  attachmentNotBase64: m.attachmentNotBase64,
  attachmentTooMany: m.attachmentTooMany(MAX_ATTACHMENTS_PER_PETITION),
  attachmentNotRedactable: m.attachmentNotRedactable,
  redactedCopyMissing: m.redactedCopyMissing,
  documentNotApplicable: m.documentNotApplicable,
} as const;

export type PetitionRule = keyof typeof RULE_MESSAGES;

const STATUS: Record<PetitionErrorCode, number> = {
  [PetitionErrorCode.Invalid]: 400,
  [PetitionErrorCode.InvalidTransition]: 409,
  [PetitionErrorCode.TypeMismatch]: 409,
  [PetitionErrorCode.OutcomeNotAllowed]: 409,
  [PetitionErrorCode.AttachmentInvalid]: 400,
  [PetitionErrorCode.DocumentNotApplicable]: 409,
};

/** A broken rule, found by a pure function in domain/; the service turns it into an AppError. */
export interface PetitionViolation {
  code: PetitionErrorCode;
  /** Dotted path of the request field at fault, e.g. `signatories.1.personId`. */
  field: string;
  rule: PetitionRule;
}

export function violation(
  code: PetitionErrorCode,
  field: string,
  rule: PetitionRule,
): PetitionViolation {
  return { code, field, rule };
}

export function petitionError(v: PetitionViolation): AppError {
  const message = RULE_MESSAGES[v.rule];
  return new AppError(STATUS[v.code], v.code, message, {
    errors: [{ field: v.field, code: v.rule, message }],
  });
}

/** Throws the first violation, if any. */
export function throwIfViolated(...violations: (PetitionViolation | null)[]): void {
  const first = violations.find((v) => v !== null);
  if (first) throw petitionError(first);
}

export const petitionErrors = {
  /** The common 404: a petition outside the viewer's scope looks the same as none. */
  notFound: () => notFound(m.notFound),
  caseNotFound: () => notFound(m.caseNotFound),
  attachmentNotFound: () => notFound(m.attachmentNotFound),
  transition: (actionLabel: string, statusLabel: string) => {
    const message = m.transition(actionLabel, statusLabel);
    return new AppError(409, PetitionErrorCode.InvalidTransition, message, {
      errors: [{ field: 'status', code: 'invalidTransition', message }],
    });
  },
  /** DESIGN §7; Luật TC 2018 Điều 24(1): a D11 extension is the leader's decision. */
  extensionByLeader: () =>
    new AppError(403, CommonErrorCode.Forbidden, m.extensionByLeader, {
      errors: [{ field: 'action', code: 'extensionByLeader', message: m.extensionByLeader }],
    }),
  /** The leader decides at POST /petitions/:id/extend-check, with its ground. */
  extensionAtOwnRoute: () =>
    new AppError(400, PetitionErrorCode.Invalid, m.extensionAtOwnRoute, {
      errors: [{ field: 'action', code: 'extensionAtOwnRoute', message: m.extensionAtOwnRoute }],
    }),
  typeMismatch: (expectedLabel: string, actualLabel: string) => {
    const message = m.typeMismatch(expectedLabel, actualLabel);
    return new AppError(409, PetitionErrorCode.TypeMismatch, message, {
      errors: [{ field: 'type', code: 'typeMismatch', message }],
    });
  },
};
