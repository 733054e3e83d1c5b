import type { Timeliness } from '../../decisions/domain/timeliness';
import { DenunciationAction, DenunciationStatus } from './denunciation-enums';
import {
  DenunciationErrorCode,
  denunciationError,
  denunciationErrors,
  violation,
} from './denunciation-errors';
import {
  DENUNCIATION_GUARDS,
  type DenunciationContext,
  type DenunciationState,
} from './denunciation-guards';
import {
  assessWithdrawal,
  type DenunciationTermination,
  DenunciationTerminationCause,
  type WithdrawalAssessment,
} from './denunciation-withdrawal';

export {
  DENUNCIATION_ACTIONS,
  DENUNCIATION_STATUSES,
  DenunciationAction,
  DenunciationComplexity,
  DenunciationKind,
  DenunciationStatus,
} from './denunciation-enums';
export type {
  DenunciationContext,
  DenunciationExtension,
  DenunciationState,
} from './denunciation-guards';

// Denunciation resolution proceeding (DOMAIN §5.3; Luật Tố cáo 2018, NĐ 31/2019/NĐ-CP): received →
// preliminary check → accepted → verifying (→ extended ×2) → concluded → handled → closed.

const S = DenunciationStatus;
const A = DenunciationAction;

/** Before the conclusion: suspend (Đ34), withdraw (Đ33), terminate (Đ34). */
const OPEN_SIDE_STEPS = {
  [A.Suspend]: S.Suspended,
  [A.Withdraw]: S.Terminated,
  [A.Terminate]: S.Terminated,
} as const;

/**
 * Every move whose target is fixed; `resume` returns to `resumeTo`. `withdraw` leads to terminated
 * only when Đ33 lets the withdrawal stop the case; otherwise the status stays (see the result).
 */
export const DENUNCIATION_TRANSITIONS: Readonly<
  Record<DenunciationStatus, Partial<Record<DenunciationAction, DenunciationStatus>>>
> = {
  [S.Received]: { [A.StartPrelimCheck]: S.PrelimCheck, [A.Withdraw]: S.Terminated },
  [S.PrelimCheck]: {
    [A.ExtendPrelimCheck]: S.PrelimCheck, // Luật TC 2018 Đ24 k1: 7 → 10 ngày làm việc
    [A.Accept]: S.Accepted, // Đ29 k1: đủ điều kiện thụ lý
    [A.RefuseAcceptance]: S.NotAccepted, // Đ24 k1: không đủ điều kiện, thông báo lý do
    [A.Transfer]: S.Transferred, // Đ24 k2: chuyển trong 5 ngày làm việc
    [A.MarkAnonymous]: S.AnonymousNotProcessed, // Đ25: không xử lý theo Luật Tố cáo
    [A.Withdraw]: S.Terminated, // Đ33 k1
  },
  [S.Accepted]: { [A.AssignVerification]: S.Verifying, ...OPEN_SIDE_STEPS }, // Đ31
  [S.Verifying]: {
    [A.RecordVerificationReport]: S.Verifying,
    [A.Extend]: S.Extended1, // Đ30 k2
    [A.Conclude]: S.Concluded, // Đ35
    ...OPEN_SIDE_STEPS,
  },
  [S.Extended1]: {
    [A.RecordVerificationReport]: S.Extended1,
    [A.Extend]: S.Extended2, // Đ30 k3
    [A.Conclude]: S.Concluded,
    ...OPEN_SIDE_STEPS,
  },
  [S.Extended2]: {
    [A.RecordVerificationReport]: S.Extended2,
    [A.Conclude]: S.Concluded,
    ...OPEN_SIDE_STEPS,
  },
  [S.Suspended]: { [A.Withdraw]: S.Terminated, [A.Terminate]: S.Terminated },
  [S.Concluded]: {
    [A.NotifyResult]: S.Concluded, // Đ35 k2: thông báo kết quả cho người tố cáo (D15)
    [A.Handle]: S.Handled, // Đ36: xử lý kết luận nội dung tố cáo
  },
  [S.Handled]: { [A.NotifyResult]: S.Handled, [A.Close]: S.Closed },
  [S.NotAccepted]: {},
  [S.Transferred]: {},
  [S.AnonymousNotProcessed]: {},
  [S.Terminated]: {},
  [S.Closed]: {},
};

export interface DenunciationTransition {
  state: DenunciationState;
  /** withdraw: whether Đ33 stops the case, and why not. */
  withdrawal: WithdrawalAssessment | null;
  /** withdraw (when it stops the case), terminate. */
  termination: DenunciationTermination | null;
  /** accept: whether the acceptance is within D11. */
  acceptanceTimeliness: Timeliness | null;
  /** mark_anonymous: Đ25 k2 — specific information may still serve an inspection. */
  usableAsInformation: boolean | null;
}

/** The target by the tables alone (no guard); null when not allowed. */
export function denunciationTarget(
  state: Pick<DenunciationState, 'status' | 'resumeTo'>,
  action: DenunciationAction,
): DenunciationStatus | null {
  if (action === A.Resume && state.status === S.Suspended) return state.resumeTo;
  return DENUNCIATION_TRANSITIONS[state.status]?.[action] ?? null;
}

function refuseUntabled(state: DenunciationState, action: DenunciationAction): never {
  if (action === A.Extend && state.status === S.Extended2) {
    // Luật TC 2018 Đ30 k3: at most two extensions
    throw denunciationError(
      violation(DenunciationErrorCode.ExtensionLimit, 'status', 'extensionLimit'),
    );
  }
  throw denunciationErrors.invalidTransition(state.status, action);
}

function nextState(
  state: DenunciationState,
  action: DenunciationAction,
  target: DenunciationStatus,
  withdrawal: WithdrawalAssessment | null,
): DenunciationState {
  if (withdrawal && !withdrawal.stopsCase) return state; // Đ33 k2, k3, k5: vẫn phải giải quyết
  const resumeTo = action === A.Suspend ? state.status : null;
  const prelimExtended = state.prelimExtended || action === A.ExtendPrelimCheck;
  return { ...state, status: target, resumeTo, prelimExtended };
}

function terminationOf(
  action: DenunciationAction,
  ctx: DenunciationContext,
  withdrawal: WithdrawalAssessment | null,
): DenunciationTermination | null {
  if (withdrawal?.stopsCase && ctx.withdrawal) {
    return { cause: DenunciationTerminationCause.Withdrawn, on: ctx.withdrawal.on };
  }
  return action === A.Terminate && ctx.termination ? { ...ctx.termination } : null;
}

function outcomeOf(
  state: DenunciationState,
  action: DenunciationAction,
  target: DenunciationStatus,
  ctx: DenunciationContext,
): DenunciationTransition {
  const withdrawal =
    action === A.Withdraw && ctx.withdrawal ? assessWithdrawal(ctx.withdrawal) : null;
  const anonymity = action === A.MarkAnonymous ? ctx.anonymity : undefined;
  const acceptance = action === A.Accept ? ctx.acceptance : undefined;
  return {
    state: nextState(state, action, target, withdrawal),
    withdrawal,
    termination: terminationOf(action, ctx, withdrawal),
    acceptanceTimeliness: acceptance?.acceptanceTimeliness ?? null,
    usableAsInformation: anonymity?.specificInformation ?? null,
  };
}

/**
 * The proceeding after `action`, or a coded error: 409 DENUNCIATION_INVALID_TRANSITION (or
 * DENUNCIATION_EXTENSION_LIMIT for a third extension) when the tables refuse it, the guard's error
 * (409 for the proceeding's state, 400 for bad context) otherwise.
 */
export function nextDenunciationStatus(
  state: DenunciationState,
  action: DenunciationAction,
  context: DenunciationContext = {},
): DenunciationTransition {
  const target = denunciationTarget(state, action);
  if (target === null) refuseUntabled(state, action);
  const refusal = DENUNCIATION_GUARDS[action]?.(state, context) ?? null;
  if (refusal) throw refusal;
  return outcomeOf(state, action, target, context);
}
