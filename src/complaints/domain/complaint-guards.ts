import type { AppError } from '../../common/errors/app-error';
import { compareLocalDates, isValidLocalDate, type LocalDate } from '../../legal/domain/local-date';
import type { ComplaintAcceptanceEvaluation } from './complaint-acceptance';
import { ComplaintAction, ComplaintRound, ComplaintStatus } from './complaint-enums';
import {
  ComplaintErrorCode as C,
  complaintError,
  complaintErrors,
  type ComplaintRule,
  violation,
} from './complaint-errors';
import { COMPLAINT_TERMINATION_CAUSES, ComplaintTerminationCause } from './complaint-termination';

// Guards of the complaint state machine: the conditions a step needs beyond the transition table,
// read from the proceeding's records (the context). Each returns the error to throw, or null.

export interface ComplaintState {
  status: ComplaintStatus;
  round: ComplaintRound;
  /** Status before a suspension, a lawsuit or a round-2 complaint; null otherwise. */
  resumeTo: ComplaintStatus | null;
}

export interface ComplaintWithdrawal {
  on: LocalDate;
  /** Signed or fingerprinted withdrawal letter, or a signed record of an oral one (Đ10). */
  inWriting: boolean;
  /** Made under threat or coercion (Luật 136/2025/QH15). */
  coerced?: boolean;
  /** Rule W1 (withdrawn content not reconsidered) in force on `on`: isWithdrawalFinalOn(). */
  finalRuleInForce?: boolean;
}

export interface ComplaintContext {
  /** accept, refuse_acceptance: evaluateAcceptance() for this complaint. */
  acceptance?: ComplaintAcceptanceEvaluation;
  /** hold_dialogue, start_drafting, decide: a verification report is on file. */
  hasVerificationReport?: boolean;
  /** Round 1: the complainant's demands still differ from the verification result. */
  demandsDifferFromVerification?: boolean;
  /** decide: at least one dialogue was held and minuted. */
  dialogueHeld?: boolean;
  withdrawal?: ComplaintWithdrawal;
  termination?: { on: LocalDate; cause: ComplaintTerminationCause };
  /** take_legal_effect: computeComplaintLegalEffect().effectiveOn, and today. */
  legalEffect?: { effectiveOn: LocalDate | null; today: LocalDate };
}

type Guard = (state: ComplaintState, ctx: ComplaintContext) => AppError | null;

const fail = (code: C, field: string, rule: ComplaintRule) => complaintError({ code, field, rule });
const required = (field: string) => fail(C.InputInvalid, field, 'required');
const badDate = (d: LocalDate, field: string) =>
  isValidLocalDate(d) ? null : fail(C.InputInvalid, field, 'dateInvalid');

const reportRequired = (ctx: ComplaintContext) =>
  ctx.hasVerificationReport === true
    ? null
    : fail(C.VerificationReportRequired, 'hasVerificationReport', 'verificationReportRequired');

/** Is a dialogue required? Round 2 always; round 1 only when demands and verification differ. */
function dialogueNeeded(state: ComplaintState, ctx: ComplaintContext): boolean | undefined {
  if (state.round === ComplaintRound.Second) return true; // Luật KN Đ39: lần hai phải đối thoại
  return ctx.demandsDifferFromVerification; // Luật KN Đ30: lần đầu, khi yêu cầu ≠ kết quả xác minh
}

const accept: Guard = (state, ctx) => {
  if (!ctx.acceptance) return required('acceptance');
  if (ctx.acceptance.round !== state.round) {
    return fail(C.InputInvalid, 'acceptance.round', 'acceptanceRoundMismatch');
  }
  // Luật KN Đ11: no ground of refusal may apply; Đ27: D4 window checked and recorded
  return ctx.acceptance.acceptable
    ? null
    : complaintErrors.notAcceptable(ctx.acceptance.failedGrounds);
};

const refuseAcceptance: Guard = (_state, ctx) => {
  if (!ctx.acceptance) return required('acceptance');
  // Luật KN Đ27: không thụ lý phải nêu rõ lý do — a ground of Đ11 must apply
  return ctx.acceptance.acceptable
    ? fail(C.RefusalWithoutGround, 'acceptance', 'refusalWithoutGround')
    : null;
};

const holdDialogue: Guard = (state, ctx) => {
  const needed = dialogueNeeded(state, ctx);
  if (needed === undefined) return required('demandsDifferFromVerification');
  if (!needed) {
    return fail(C.DialogueNotRequired, 'demandsDifferFromVerification', 'dialogueNotRequired');
  }
  return reportRequired(ctx); // the dialogue discusses the verification result
};

const startDrafting: Guard = (state, ctx) => {
  const report = reportRequired(ctx);
  if (report || state.status !== ComplaintStatus.Verifying) return report;
  const needed = dialogueNeeded(state, ctx);
  if (needed === undefined) return required('demandsDifferFromVerification');
  return needed ? fail(C.DialogueRequired, 'dialogueHeld', 'dialogueRequired') : null;
};

const decide: Guard = (state, ctx) => {
  const report = reportRequired(ctx); // Luật KN Đ31: the decision states the verification result
  if (report) return report;
  const needed =
    state.round === ComplaintRound.Second || ctx.demandsDifferFromVerification === true;
  return needed && ctx.dialogueHeld !== true
    ? fail(C.DialogueRequired, 'dialogueHeld', 'dialogueRequired')
    : null;
};

const takeLegalEffect: Guard = (_state, ctx) => {
  const check = ctx.legalEffect;
  if (!check) return required('legalEffect');
  // Luật KN Đ44 k1: no legal effect while a round-2 complaint or a lawsuit is recorded
  if (check.effectiveOn === null) {
    return fail(C.LegalEffectBlocked, 'legalEffect.effectiveOn', 'legalEffectBlocked');
  }
  const invalid = badDate(check.today, 'legalEffect.today');
  if (invalid) return invalid;
  if (compareLocalDates(check.today, check.effectiveOn) >= 0) return null;
  const early = violation(C.NotYetEffective, 'legalEffect.today', 'notYetEffective');
  return complaintError(early, { effectiveOn: check.effectiveOn, today: check.today });
};

const withdraw: Guard = (_state, ctx) => {
  const w = ctx.withdrawal;
  if (!w) return required('withdrawal');
  // Luật KN Đ10: rút khiếu nại bằng đơn có chữ ký hoặc điểm chỉ của người khiếu nại
  if (w.inWriting !== true) {
    return fail(C.InputInvalid, 'withdrawal.inWriting', 'withdrawalNotInWriting');
  }
  return badDate(w.on, 'withdrawal.on');
};

const terminate: Guard = (state, ctx) => {
  const t = ctx.termination;
  if (!t) return required('termination');
  if (!COMPLAINT_TERMINATION_CAUSES.includes(t.cause)) {
    return fail(C.InputInvalid, 'termination.cause', 'terminationCauseInvalid');
  }
  if (t.cause === ComplaintTerminationCause.Withdrawn) {
    return fail(C.InputInvalid, 'termination.cause', 'useWithdrawAction');
  }
  if (state.status === ComplaintStatus.InCourt) {
    if (state.resumeTo === ComplaintStatus.Decided) {
      return fail(C.InvalidTransition, 'status', 'decidedNotTerminable');
    }
    if (t.cause !== ComplaintTerminationCause.CourtAccepted) {
      return fail(C.InputInvalid, 'termination.cause', 'courtCauseRequired'); // Luật KN Đ11 k9
    }
  }
  return badDate(t.on, 'termination.on');
};

const recordSecondRound: Guard = (state) =>
  state.round === ComplaintRound.First ? null : fail(C.InvalidTransition, 'round', 'noThirdRound'); // Luật KN Đ7 k1: two rounds at most

const close: Guard = (state) =>
  state.status === ComplaintStatus.InCourt && state.resumeTo !== ComplaintStatus.Decided
    ? fail(C.InvalidTransition, 'status', 'courtCaseNotDecided')
    : null;

export const COMPLAINT_GUARDS: Readonly<Partial<Record<ComplaintAction, Guard>>> = {
  [ComplaintAction.Accept]: accept,
  [ComplaintAction.RefuseAcceptance]: refuseAcceptance,
  [ComplaintAction.HoldDialogue]: holdDialogue,
  [ComplaintAction.StartDrafting]: startDrafting,
  [ComplaintAction.Decide]: decide,
  [ComplaintAction.TakeLegalEffect]: takeLegalEffect,
  [ComplaintAction.Withdraw]: withdraw,
  [ComplaintAction.Terminate]: terminate,
  [ComplaintAction.RecordSecondRound]: recordSecondRound,
  [ComplaintAction.Close]: close,
};
