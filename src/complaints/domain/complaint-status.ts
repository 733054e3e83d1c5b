import type { Timeliness } from '../../decisions/domain/timeliness';
import { ComplaintAction, ComplaintStatus } from './complaint-enums';
import { complaintErrors } from './complaint-errors';
import { COMPLAINT_GUARDS, type ComplaintContext, type ComplaintState } from './complaint-guards';
import {
  type ComplaintTermination,
  ComplaintTerminationCause,
  isWithdrawnContentReconsiderable,
} from './complaint-termination';

export {
  COMPLAINT_ACTIONS,
  COMPLAINT_ROUNDS,
  COMPLAINT_STATUSES,
  ComplaintAction,
  ComplaintRound,
  ComplaintStatus,
} from './complaint-enums';
export type { ComplaintContext, ComplaintState, ComplaintWithdrawal } from './complaint-guards';

// Complaint resolution proceeding (DOMAIN §4.3; Luật Khiếu nại 2011, NĐ 124/2020/NĐ-CP): received →
// accepted → verifying → [dialogue] → drafting → decided → legally effective, with side states.

const S = ComplaintStatus;
const A = ComplaintAction;

/** While undecided: suspend (stops the clock), withdraw (Đ10), terminate, lawsuit (Đ7). */
const UNDECIDED_SIDE_STEPS = {
  [A.Suspend]: S.Suspended,
  [A.Withdraw]: S.Terminated,
  [A.Terminate]: S.Terminated,
  [A.RecordLawsuit]: S.InCourt,
} as const;

/** Every move whose target is fixed. Returns to `resumeTo` are in RETURN_TRANSITIONS. */
export const COMPLAINT_TRANSITIONS: Readonly<
  Record<ComplaintStatus, Partial<Record<ComplaintAction, ComplaintStatus>>>
> = {
  [S.Received]: {
    [A.Accept]: S.Accepted, // Luật KN Đ27 (lần đầu), Đ36 (lần hai): thụ lý trong 10 ngày
    [A.RefuseAcceptance]: S.NotAccepted, // Luật KN Đ11: không thụ lý, nêu rõ lý do
    [A.Withdraw]: S.Terminated, // Luật KN Đ10: rút khiếu nại bất cứ lúc nào
  },
  [S.Accepted]: { [A.AssignVerification]: S.Verifying, ...UNDECIDED_SIDE_STEPS }, // Luật KN Đ29
  [S.Verifying]: {
    [A.RecordVerificationReport]: S.Verifying, // báo cáo kết quả xác minh
    [A.HoldDialogue]: S.Dialogue, // Luật KN Đ30 (lần đầu), Đ39 (lần hai)
    [A.StartDrafting]: S.Drafting,
    ...UNDECIDED_SIDE_STEPS,
  },
  [S.Dialogue]: {
    [A.HoldDialogue]: S.Dialogue,
    [A.StartDrafting]: S.Drafting,
    ...UNDECIDED_SIDE_STEPS,
  },
  [S.Drafting]: { [A.Decide]: S.Decided, ...UNDECIDED_SIDE_STEPS }, // Luật KN Đ31, Đ40
  [S.Decided]: {
    [A.TakeLegalEffect]: S.LegallyEffective, // Luật KN Đ44 k1, k2: sau 30 ngày (vùng sâu 45)
    [A.RecordSecondRound]: S.Escalated, // Luật KN Đ33: khiếu nại lần hai
    [A.RecordLawsuit]: S.InCourt, // Luật KN Đ7: khởi kiện vụ án hành chính
  },
  [S.LegallyEffective]: { [A.Close]: S.Closed },
  [S.Suspended]: { [A.Withdraw]: S.Terminated, [A.Terminate]: S.Terminated },
  [S.Escalated]: { [A.Close]: S.Closed },
  [S.InCourt]: { [A.Terminate]: S.Terminated, [A.Close]: S.Closed }, // Luật KN Đ11 k9
  [S.NotAccepted]: {},
  [S.Terminated]: {},
  [S.Closed]: {},
};

/** Moves back to the state's `resumeTo`, and the side states they leave. */
export const RETURN_TRANSITIONS: Readonly<
  Partial<Record<ComplaintAction, readonly ComplaintStatus[]>>
> = {
  [A.Resume]: [S.Suspended], // tiếp tục giải quyết: back to the status before the suspension
  [A.DropChallenge]: [S.Escalated, S.InCourt], // round 2 not accepted / lawsuit returned
};

/** Actions into a side state: they remember the status they leave in `resumeTo`. */
const REMEMBERS_STATUS: ReadonlySet<ComplaintAction> = new Set([
  A.Suspend,
  A.RecordLawsuit,
  A.RecordSecondRound,
]);

export interface ComplaintTransition {
  state: ComplaintState;
  /** withdraw, terminate: the cause, date and (withdrawals) whether the content may return. */
  termination: ComplaintTermination | null;
  /** accept: whether the acceptance is within D4. */
  acceptanceTimeliness: Timeliness | null;
}

/** The target of an action from a state by the tables alone (no guard); null when not allowed. */
export function complaintTarget(
  state: Pick<ComplaintState, 'status' | 'resumeTo'>,
  action: ComplaintAction,
): ComplaintStatus | null {
  if (RETURN_TRANSITIONS[action]?.includes(state.status)) return state.resumeTo;
  return COMPLAINT_TRANSITIONS[state.status]?.[action] ?? null;
}

function terminationOf(
  action: ComplaintAction,
  ctx: ComplaintContext,
): ComplaintTermination | null {
  if (action === A.Withdraw && ctx.withdrawal) {
    const { on, coerced, finalRuleInForce } = ctx.withdrawal;
    const reconsiderable = isWithdrawnContentReconsiderable(
      finalRuleInForce === true,
      coerced === true,
    );
    return { cause: ComplaintTerminationCause.Withdrawn, on, reconsiderable };
  }
  if (action === A.Terminate && ctx.termination) {
    return { ...ctx.termination, reconsiderable: null };
  }
  return null;
}

/**
 * The proceeding after `action`, or a coded error: 409 COMPLAINT_INVALID_TRANSITION when the tables
 * do not allow it, the guard's error (409 for the proceeding's state, 400 for bad context) otherwise.
 */
export function nextComplaintStatus(
  state: ComplaintState,
  action: ComplaintAction,
  context: ComplaintContext = {},
): ComplaintTransition {
  const target = complaintTarget(state, action);
  if (target === null) throw complaintErrors.invalidTransition(state.status, action);
  const refusal = COMPLAINT_GUARDS[action]?.(state, context) ?? null;
  if (refusal) throw refusal;
  const resumeTo = REMEMBERS_STATUS.has(action) ? state.status : null;
  return {
    state: { ...state, status: target, resumeTo },
    termination: terminationOf(action, context),
    acceptanceTimeliness:
      action === A.Accept ? (context.acceptance?.acceptanceTimeliness ?? null) : null,
  };
}
