import type { AppError } from '../../common/errors/app-error';
import { compareLocalDates, isValidLocalDate, type LocalDate } from '../../legal/domain/local-date';
import {
  type DenunciationAcceptanceEvaluation,
  DenunciationRoute,
} from './denunciation-acceptance';
import {
  DenunciationAction,
  DenunciationComplexity,
  type DenunciationKind,
  DenunciationStatus,
} from './denunciation-enums';
import {
  DenunciationErrorCode as C,
  denunciationError,
  denunciationErrors,
  type DenunciationRule,
} from './denunciation-errors';
import {
  DENUNCIATION_TERMINATION_CAUSES,
  DenunciationTerminationCause,
  type DenunciationWithdrawal,
} from './denunciation-withdrawal';

// Guards of the denunciation state machine: the conditions a step needs beyond the transition
// table, read from the proceeding's records (the context). Each returns the error to throw, or null.

export interface DenunciationState {
  status: DenunciationStatus;
  kind: DenunciationKind;
  /** Status before a suspension; null otherwise. */
  resumeTo: DenunciationStatus | null;
  /** The preliminary check was extended to 10 working days (Đ24 k1; once). */
  prelimExtended: boolean;
}

export interface DenunciationExtension {
  decidedOn: LocalDate;
  /** Đ30 k4: a written decision, with its reason. */
  reason: string;
  /** The D14 due date before this extension; an extension is decided before it passes. */
  currentDueOn: LocalDate;
  complexity: DenunciationComplexity;
}

export interface DenunciationContext {
  /** accept, refuse_acceptance, transfer: evaluateDenunciationAcceptance(). */
  acceptance?: DenunciationAcceptanceEvaluation;
  /** mark_anonymous (Đ25). */
  anonymity?: { denouncerIdentified: boolean; specificInformation: boolean };
  extension?: DenunciationExtension;
  /** conclude: a verification report is on file. */
  hasVerificationReport?: boolean;
  withdrawal?: DenunciationWithdrawal;
  termination?: { on: LocalDate; cause: DenunciationTerminationCause };
  /** notify_result, close: the result notice to the denouncer has been issued (Đ35 k2). */
  resultNotified?: boolean;
}

type Guard = (state: DenunciationState, ctx: DenunciationContext) => AppError | null;

const fail = (code: C, field: string, rule: DenunciationRule) =>
  denunciationError({ code, field, rule });
const required = (field: string) => fail(C.InputInvalid, field, 'required');
const badDate = (d: LocalDate, field: string) =>
  isValidLocalDate(d) ? null : fail(C.InputInvalid, field, 'dateInvalid');

function routeGuard(route: DenunciationRoute, rule: DenunciationRule): Guard {
  return (_state, ctx) => {
    if (!ctx.acceptance) return required('acceptance');
    return ctx.acceptance.route === route ? null : fail(C.RouteMismatch, 'acceptance', rule);
  };
}

const accept: Guard = (_state, ctx) => {
  if (!ctx.acceptance) return required('acceptance');
  // Luật TC 2018 Đ29 k1: thụ lý khi có đủ các điều kiện a–d
  const failed = ctx.acceptance.failedConditions;
  return failed.length === 0 ? null : denunciationErrors.notAcceptable(failed);
};

const extendPrelimCheck: Guard = (state) =>
  state.prelimExtended // Luật TC 2018 Đ24 k1: gia hạn một lần, đến 10 ngày làm việc
    ? fail(C.ExtensionLimit, 'prelimExtended', 'prelimExtensionLimit')
    : null;

const markAnonymous: Guard = (_state, ctx) => {
  if (!ctx.anonymity) return required('anonymity');
  // Luật TC 2018 Đ25 k1: không rõ họ tên, địa chỉ, không xác định được người tố cáo
  return ctx.anonymity.denouncerIdentified
    ? fail(C.DenouncerIdentified, 'anonymity.denouncerIdentified', 'denouncerIdentified')
    : null;
};

function extensionInputProblem(e: DenunciationExtension): AppError | null {
  if (typeof e.reason !== 'string' || !e.reason.trim()) {
    return fail(C.InputInvalid, 'extension.reason', 'extensionReasonRequired'); // Đ30 k4
  }
  return (
    badDate(e.decidedOn, 'extension.decidedOn') ?? badDate(e.currentDueOn, 'extension.currentDueOn')
  );
}

const extend: Guard = (state, ctx) => {
  const e = ctx.extension;
  if (!e) return required('extension');
  const problem = extensionInputProblem(e);
  if (problem) return problem;
  if (compareLocalDates(e.decidedOn, e.currentDueOn) > 0) {
    return fail(C.ExtensionAfterDeadline, 'extension.decidedOn', 'extensionAfterDeadline');
  }
  if (state.status === DenunciationStatus.Verifying) {
    // Luật TC 2018 Đ30 k2: vụ việc phức tạp gia hạn một lần
    return e.complexity === DenunciationComplexity.Normal
      ? fail(C.NotComplexEnough, 'extension.complexity', 'firstExtensionNeedsComplex')
      : null;
  }
  // Luật TC 2018 Đ30 k3: vụ việc đặc biệt phức tạp gia hạn hai lần
  return e.complexity === DenunciationComplexity.EspeciallyComplex
    ? null
    : fail(C.NotComplexEnough, 'extension.complexity', 'secondExtensionNeedsEspeciallyComplex');
};

const conclude: Guard = (_state, ctx) =>
  ctx.hasVerificationReport === true // Luật TC 2018 Đ35: kết luận căn cứ kết quả xác minh
    ? null
    : fail(C.VerificationReportRequired, 'hasVerificationReport', 'verificationReportRequired');

const notifyResult: Guard = (_state, ctx) => {
  if (ctx.resultNotified === undefined) return required('resultNotified');
  // Luật TC 2018 Đ35 k2: one notice of the result to the denouncer, numbered once
  return ctx.resultNotified
    ? fail(C.ResultAlreadyNotified, 'status', 'resultAlreadyNotified')
    : null;
};

const close: Guard = (_state, ctx) =>
  ctx.resultNotified === true // Đ35 k2: the denouncer is told the result before the file closes
    ? null
    : fail(C.ResultNotNotified, 'resultNotice', 'resultNotNotified');

const withdraw: Guard = (_state, ctx) => {
  const w = ctx.withdrawal;
  if (!w) return required('withdrawal');
  if (w.inWriting !== true) {
    return fail(C.InputInvalid, 'withdrawal.inWriting', 'withdrawalNotInWriting'); // Đ33 k1
  }
  const unanswered = (['entire', 'signsOfViolation', 'coerced'] as const).find(
    (f) => typeof w[f] !== 'boolean',
  );
  return unanswered ? required(`withdrawal.${unanswered}`) : badDate(w.on, 'withdrawal.on');
};

const terminate: Guard = (_state, ctx) => {
  const t = ctx.termination;
  if (!t) return required('termination');
  if (!DENUNCIATION_TERMINATION_CAUSES.includes(t.cause)) {
    return fail(C.InputInvalid, 'termination.cause', 'terminationCauseInvalid');
  }
  if (t.cause === DenunciationTerminationCause.Withdrawn) {
    return fail(C.InputInvalid, 'termination.cause', 'useWithdrawAction');
  }
  return badDate(t.on, 'termination.on');
};

export const DENUNCIATION_GUARDS: Readonly<Partial<Record<DenunciationAction, Guard>>> = {
  [DenunciationAction.ExtendPrelimCheck]: extendPrelimCheck,
  [DenunciationAction.Accept]: accept,
  [DenunciationAction.RefuseAcceptance]: routeGuard(
    DenunciationRoute.Refuse,
    'refusalRouteMismatch',
  ),
  [DenunciationAction.Transfer]: routeGuard(DenunciationRoute.Transfer, 'transferRouteMismatch'),
  [DenunciationAction.MarkAnonymous]: markAnonymous,
  [DenunciationAction.Extend]: extend,
  [DenunciationAction.Conclude]: conclude,
  [DenunciationAction.NotifyResult]: notifyResult,
  [DenunciationAction.Close]: close,
  [DenunciationAction.Withdraw]: withdraw,
  [DenunciationAction.Terminate]: terminate,
};
