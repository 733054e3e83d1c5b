// Shared vocabulary of the resolution proceedings (DESIGN §2 ComplaintResolution,
// DenunciationResolution). Labels: common/i18n/resolution-labels.vi.ts.

/** Which proceeding an event, a decision or a worklist line belongs to. */
export enum ProceedingType {
  Complaint = 'complaint',
  Denunciation = 'denunciation',
}

/** Records of a verification (DOMAIN §4.4; NĐ 124/2020/NĐ-CP; NĐ 31/2019/NĐ-CP). */
export enum VerificationRecordKind {
  /** Biên bản làm việc. */
  WorkingMinutes = 'working_minutes',
  /** Văn bản yêu cầu cung cấp thông tin, tài liệu. */
  DocumentsRequested = 'documents_requested',
  /** Biên nhận thông tin, tài liệu. */
  DocumentsReceived = 'documents_received',
  /** Trưng cầu giám định and its result. */
  ExpertAppraisal = 'expert_appraisal',
  /** Báo cáo kết quả xác minh, with the recommendation to the resolver. */
  VerificationReport = 'verification_report',
}

export const PROCEEDING_TYPES: readonly ProceedingType[] = Object.values(ProceedingType);
export const VERIFICATION_RECORD_KINDS: readonly VerificationRecordKind[] =
  Object.values(VerificationRecordKind);
