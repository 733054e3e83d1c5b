// Enums of a denunciation resolution proceeding (DOMAIN §5.3, §12 DenunciationState). Kept apart
// from the transition table so that guards and labels import them without a cycle;
// denunciation-status.ts re-exports them. Labels: common/i18n/denunciation-labels.vi.ts.

/** A first denunciation, or the re-resolution after a follow-up (tố cáo tiếp; Luật TC 2018 Đ37, Đ38). */
export enum DenunciationKind {
  First = 'first',
  ReResolution = 're_resolution',
}

/** Luật TC 2018 Đ30 k2, k3; criteria in NĐ 31/2019/NĐ-CP [M]. */
export enum DenunciationComplexity {
  Normal = 'normal',
  Complex = 'complex',
  EspeciallyComplex = 'especially_complex',
}

export enum DenunciationStatus {
  Received = 'received',
  /** Xử lý ban đầu: identity, form and acceptance conditions (D11). */
  PrelimCheck = 'prelim_check',
  Accepted = 'accepted',
  NotAccepted = 'not_accepted',
  /** Not competent: sent to the competent body, denouncer told (D12). */
  Transferred = 'transferred',
  /** Luật TC 2018 Đ25: not processed as a denunciation (may be used as information). */
  AnonymousNotProcessed = 'anonymous_not_processed',
  Verifying = 'verifying',
  Extended1 = 'extended_1',
  Extended2 = 'extended_2',
  /** Tạm đình chỉ: the clock stops; `resumeTo` keeps the status to return to. */
  Suspended = 'suspended',
  Terminated = 'terminated',
  /** Kết luận nội dung tố cáo issued (D15 notices run). */
  Concluded = 'concluded',
  /** Xử lý kết luận done (D16). */
  Handled = 'handled',
  Closed = 'closed',
}

export enum DenunciationAction {
  StartPrelimCheck = 'start_prelim_check',
  ExtendPrelimCheck = 'extend_prelim_check',
  Accept = 'accept',
  RefuseAcceptance = 'refuse_acceptance',
  Transfer = 'transfer',
  MarkAnonymous = 'mark_anonymous',
  AssignVerification = 'assign_verification',
  RecordVerificationReport = 'record_verification_report',
  Extend = 'extend',
  Conclude = 'conclude',
  /** Thông báo kết quả giải quyết tố cáo to the denouncer (Đ35 k2), within D15. */
  NotifyResult = 'notify_result',
  Handle = 'handle',
  Close = 'close',
  Suspend = 'suspend',
  Resume = 'resume',
  Withdraw = 'withdraw',
  Terminate = 'terminate',
}

export const DENUNCIATION_KINDS: readonly DenunciationKind[] = Object.values(DenunciationKind);
export const DENUNCIATION_COMPLEXITIES: readonly DenunciationComplexity[] =
  Object.values(DenunciationComplexity);
export const DENUNCIATION_STATUSES: readonly DenunciationStatus[] =
  Object.values(DenunciationStatus);
export const DENUNCIATION_ACTIONS: readonly DenunciationAction[] =
  Object.values(DenunciationAction);
