import { AppError } from '../../common/errors/app-error';
import {
  complaintActionLabelsVi,
  complaintRefusalGroundLabelsVi,
  complaintStatusLabelsVi,
} from '../../common/i18n/complaint-labels.vi';
import { complaintMessagesVi as m } from '../../common/i18n/resolution-messages.vi';
import type { ComplaintRefusalGround } from './complaint-acceptance';
import type { ComplaintAction, ComplaintStatus } from './complaint-enums';

export enum ComplaintErrorCode {
  InvalidTransition = 'COMPLAINT_INVALID_TRANSITION',
  NotAcceptable = 'COMPLAINT_NOT_ACCEPTABLE',
  RefusalWithoutGround = 'COMPLAINT_REFUSAL_WITHOUT_GROUND',
  VerificationReportRequired = 'COMPLAINT_VERIFICATION_REPORT_REQUIRED',
  DialogueRequired = 'COMPLAINT_DIALOGUE_REQUIRED',
  DialogueNotRequired = 'COMPLAINT_DIALOGUE_NOT_REQUIRED',
  LegalEffectBlocked = 'COMPLAINT_LEGAL_EFFECT_BLOCKED',
  NotYetEffective = 'COMPLAINT_NOT_YET_EFFECTIVE',
  SecondRoundNotAllowed = 'COMPLAINT_SECOND_ROUND_NOT_ALLOWED',
  /** Luật 136/2025/QH15: the case's earlier withdrawal is final (not coerced). */
  WithdrawnContentFinal = 'COMPLAINT_WITHDRAWN_CONTENT_FINAL',
  /** Luật KN 2011 Đ33: round 2 belongs to the directly superior body of round 1's resolver. */
  SecondRoundWrongAgency = 'COMPLAINT_SECOND_ROUND_WRONG_AGENCY',
  InputInvalid = 'COMPLAINT_INPUT_INVALID',
}

/** Status of each code: 409 when the proceeding's state forbids the step, 400 for bad input. */
const STATUS: Readonly<Record<ComplaintErrorCode, number>> = {
  [ComplaintErrorCode.InvalidTransition]: 409,
  [ComplaintErrorCode.NotAcceptable]: 409,
  [ComplaintErrorCode.RefusalWithoutGround]: 409,
  [ComplaintErrorCode.VerificationReportRequired]: 409,
  [ComplaintErrorCode.DialogueRequired]: 409,
  [ComplaintErrorCode.DialogueNotRequired]: 409,
  [ComplaintErrorCode.LegalEffectBlocked]: 409,
  [ComplaintErrorCode.NotYetEffective]: 409,
  [ComplaintErrorCode.SecondRoundNotAllowed]: 409,
  [ComplaintErrorCode.WithdrawnContentFinal]: 409,
  [ComplaintErrorCode.SecondRoundWrongAgency]: 409,
  [ComplaintErrorCode.InputInvalid]: 400,
};

export function complaintErrorStatus(code: ComplaintErrorCode): number {
  return STATUS[code];
}

export type ComplaintRule = keyof typeof m.rules;

/** A broken rule found by a pure function; `field` is the dotted request path at fault. */
export interface ComplaintViolation {
  code: ComplaintErrorCode;
  field: string;
  rule: ComplaintRule;
}

export function violation(
  code: ComplaintErrorCode,
  field: string,
  rule: ComplaintRule,
): ComplaintViolation {
  return { code, field, rule };
}

/**
 * The AppError of a violation: status, code, Vietnamese message and the field at fault, with safe
 * details (dates, codes) when the caller needs them.
 */
export function complaintError(v: ComplaintViolation, details?: Record<string, unknown>): AppError {
  const message = m.rules[v.rule];
  return new AppError(STATUS[v.code], v.code, message, {
    errors: [{ field: v.field, code: v.rule, message }],
    ...(details ? { details } : {}),
  });
}

/** Throws the first violation, if any. */
export function throwIfViolated(...violations: (ComplaintViolation | null)[]): void {
  const first = violations.find((v) => v !== null);
  if (first) throw complaintError(first);
}

export const complaintErrors = {
  invalidTransition: (status: ComplaintStatus, action: ComplaintAction) => {
    const message = m.invalidTransition(
      complaintActionLabelsVi[action],
      complaintStatusLabelsVi[status],
    );
    return new AppError(409, ComplaintErrorCode.InvalidTransition, message, {
      errors: [{ field: 'status', code: 'invalidTransition', message }],
      details: { status, action },
    });
  },
  /** Luật KN 2011 Đ11: one field error per ground that applies (`grounds.<ground>`). */
  notAcceptable: (grounds: readonly ComplaintRefusalGround[]) =>
    new AppError(409, ComplaintErrorCode.NotAcceptable, m.notAcceptable, {
      errors: grounds.map((g) => ({
        field: `grounds.${g}`,
        code: g,
        message: complaintRefusalGroundLabelsVi[g],
      })),
    }),
};
