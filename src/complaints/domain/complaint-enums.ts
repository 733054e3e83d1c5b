// Enums of a complaint resolution proceeding (DOMAIN §4.3, §12 ComplaintRound, ComplaintState).
// Kept apart from the transition table so that guards and labels can import them without a cycle;
// complaint-status.ts re-exports them. Labels: common/i18n/complaint-labels.vi.ts.

/** Lần đầu / lần hai (Luật Khiếu nại 2011, Điều 7). */
export enum ComplaintRound {
  First = 'first',
  Second = 'second',
}

export enum ComplaintStatus {
  /** Proposed for acceptance from a petition; the D4 window runs. */
  Received = 'received',
  Accepted = 'accepted',
  NotAccepted = 'not_accepted',
  Verifying = 'verifying',
  Dialogue = 'dialogue',
  Drafting = 'drafting',
  Decided = 'decided',
  LegallyEffective = 'legally_effective',
  /** Tạm đình chỉ: the clock stops; `resumeTo` keeps the status to return to. */
  Suspended = 'suspended',
  /** Round-1 decision challenged by a round-2 complaint accepted at the higher agency. */
  Escalated = 'escalated',
  /** The complainant sued and the court accepted the case; `resumeTo` keeps the prior status. */
  InCourt = 'in_court',
  /** Đình chỉ: withdrawn or another cause; see the termination result. */
  Terminated = 'terminated',
  /** File archived (lưu hồ sơ). */
  Closed = 'closed',
}

export enum ComplaintAction {
  Accept = 'accept',
  RefuseAcceptance = 'refuse_acceptance',
  AssignVerification = 'assign_verification',
  RecordVerificationReport = 'record_verification_report',
  HoldDialogue = 'hold_dialogue',
  StartDrafting = 'start_drafting',
  Decide = 'decide',
  TakeLegalEffect = 'take_legal_effect',
  Suspend = 'suspend',
  Resume = 'resume',
  Withdraw = 'withdraw',
  Terminate = 'terminate',
  RecordSecondRound = 'record_second_round',
  RecordLawsuit = 'record_lawsuit',
  /** The round-2 complaint or the lawsuit ended without a ruling (not accepted, withdrawn, returned). */
  DropChallenge = 'drop_challenge',
  Close = 'close',
}

export const COMPLAINT_ROUNDS: readonly ComplaintRound[] = Object.values(ComplaintRound);
export const COMPLAINT_STATUSES: readonly ComplaintStatus[] = Object.values(ComplaintStatus);
export const COMPLAINT_ACTIONS: readonly ComplaintAction[] = Object.values(ComplaintAction);
