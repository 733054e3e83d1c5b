import { AppError } from '../../common/errors/app-error';
import {
  denunciationActionLabelsVi,
  denunciationConditionLabelsVi,
  denunciationStatusLabelsVi,
} from '../../common/i18n/denunciation-labels.vi';
import { denunciationMessagesVi as m } from '../../common/i18n/resolution-messages.vi';
import type { DenunciationCondition } from './denunciation-acceptance';
import type { DenunciationAction, DenunciationStatus } from './denunciation-enums';

export enum DenunciationErrorCode {
  InvalidTransition = 'DENUNCIATION_INVALID_TRANSITION',
  ExtensionLimit = 'DENUNCIATION_EXTENSION_LIMIT',
  NotComplexEnough = 'DENUNCIATION_NOT_COMPLEX_ENOUGH',
  ExtensionAfterDeadline = 'DENUNCIATION_EXTENSION_AFTER_DEADLINE',
  NotAcceptable = 'DENUNCIATION_NOT_ACCEPTABLE',
  RouteMismatch = 'DENUNCIATION_ROUTE_MISMATCH',
  DenouncerIdentified = 'DENUNCIATION_DENOUNCER_IDENTIFIED',
  VerificationReportRequired = 'DENUNCIATION_VERIFICATION_REPORT_REQUIRED',
  FollowUpNotAllowed = 'DENUNCIATION_FOLLOW_UP_NOT_ALLOWED',
  ResultAlreadyNotified = 'DENUNCIATION_RESULT_ALREADY_NOTIFIED',
  ResultNotNotified = 'DENUNCIATION_RESULT_NOT_NOTIFIED',
  InputInvalid = 'DENUNCIATION_INPUT_INVALID',
}

/** Status of each code: 409 when the proceeding's state forbids the step, 400 for bad input. */
const STATUS: Readonly<Record<DenunciationErrorCode, number>> = {
  [DenunciationErrorCode.InvalidTransition]: 409,
  [DenunciationErrorCode.ExtensionLimit]: 409,
  [DenunciationErrorCode.NotComplexEnough]: 409,
  [DenunciationErrorCode.ExtensionAfterDeadline]: 409,
  [DenunciationErrorCode.NotAcceptable]: 409,
  [DenunciationErrorCode.RouteMismatch]: 409,
  [DenunciationErrorCode.DenouncerIdentified]: 409,
  [DenunciationErrorCode.VerificationReportRequired]: 409,
  [DenunciationErrorCode.FollowUpNotAllowed]: 409,
  [DenunciationErrorCode.ResultAlreadyNotified]: 409,
  [DenunciationErrorCode.ResultNotNotified]: 409,
  [DenunciationErrorCode.InputInvalid]: 400,
};

export function denunciationErrorStatus(code: DenunciationErrorCode): number {
  return STATUS[code];
}

export type DenunciationRule = keyof typeof m.rules;

/** A broken rule found by a pure function; `field` is the dotted request path at fault. */
export interface DenunciationViolation {
  code: DenunciationErrorCode;
  field: string;
  rule: DenunciationRule;
}

export function violation(
  code: DenunciationErrorCode,
  field: string,
  rule: DenunciationRule,
): DenunciationViolation {
  return { code, field, rule };
}

export function denunciationError(v: DenunciationViolation): AppError {
  const message = m.rules[v.rule];
  return new AppError(STATUS[v.code], v.code, message, {
    errors: [{ field: v.field, code: v.rule, message }],
  });
}

/** Throws the first violation, if any. */
export function throwIfViolated(...violations: (DenunciationViolation | null)[]): void {
  const first = violations.find((v) => v !== null);
  if (first) throw denunciationError(first);
}

export const denunciationErrors = {
  invalidTransition: (status: DenunciationStatus, action: DenunciationAction) => {
    const message = m.invalidTransition(
      denunciationActionLabelsVi[action],
      denunciationStatusLabelsVi[status],
    );
    return new AppError(409, DenunciationErrorCode.InvalidTransition, message, {
      errors: [{ field: 'status', code: 'invalidTransition', message }],
      details: { status, action },
    });
  },
  /** Luật TC 2018 Đ29 k1: one field error per condition not met (`conditions.<condition>`). */
  notAcceptable: (conditions: readonly DenunciationCondition[]) =>
    new AppError(409, DenunciationErrorCode.NotAcceptable, m.notAcceptable, {
      errors: conditions.map((c) => ({
        field: `conditions.${c}`,
        code: c,
        message: denunciationConditionLabelsVi[c],
      })),
    }),
};
