import { DocumentType } from './decision-number';
import { DecisionKind } from './decision-outcome';

// Every numbered document a resolver issues in a proceeding (DOMAIN §8.1): the decisions and
// conclusions that end it (DecisionKind, with an outcome) and the acts on the way — notices of
// acceptance or refusal, the verification assignment, extensions, termination — and the documents
// of petition handling that leave the agency (notice, transfer slip, urging letter, guidance; the
// internal proposal slip is not numbered). Each is a row of `decision` with its number in the
// issuer's register of its document type for the year.

export enum IssuedDocumentKind {
  ComplaintFirstRound = 'complaint_first_round',
  ComplaintSecondRound = 'complaint_second_round',
  DenunciationConclusion = 'denunciation_conclusion',
  /** Thông báo thụ lý giải quyết khiếu nại (Luật KN 2011 Đ27, Đ36). */
  ComplaintAcceptanceNotice = 'complaint_acceptance_notice',
  /** Thông báo không thụ lý giải quyết khiếu nại, with the Đ11 grounds. */
  ComplaintRefusalNotice = 'complaint_refusal_notice',
  /** Quyết định thụ lý tố cáo (Luật TC 2018 Đ29). */
  DenunciationAcceptance = 'denunciation_acceptance',
  /** Thông báo không thụ lý tố cáo (Luật TC 2018 Đ24 k1). */
  DenunciationRefusalNotice = 'denunciation_refusal_notice',
  /** Quyết định gia hạn giải quyết tố cáo (Luật TC 2018 Đ30 k4). */
  DenunciationExtension = 'denunciation_extension',
  /** Quyết định giao xác minh / thành lập tổ xác minh (Luật KN Đ29; Luật TC Đ31). */
  VerificationAssignment = 'verification_assignment',
  /** Quyết định đình chỉ giải quyết (Luật KN Đ10; Luật TC Đ34). */
  Termination = 'termination',
  /** Thông báo kết quả giải quyết tố cáo to the denouncer (Luật TC 2018 Đ35 k2), within D15. */
  DenunciationResultNotice = 'denunciation_result_notice',
  /** Thông báo thụ lý tố cáo to the denouncer (Luật TC 2018 Đ29 k4), with the acceptance. */
  DenunciationAcceptanceNotice = 'denunciation_acceptance_notice',
  /** Thông báo về nội dung tố cáo to the accused (Luật TC 2018 Đ29 k4), with the acceptance. */
  DenunciationAccusedNotice = 'denunciation_accused_notice',
  /** Petition handling (TT 05/2021/TT-TTCP; DOMAIN §3.5): thông báo không thụ lý (Luật KN Đ11). */
  PetitionNonAcceptance = 'petition_non_acceptance',
  /** Phiếu chuyển đơn: forwarded or referred (Luật TC 2018 Đ24 k2). */
  PetitionTransferSlip = 'petition_transfer_slip',
  /** Văn bản đôn đốc to the subordinate body: one per urging. */
  PetitionUrgingLetter = 'petition_urging_letter',
  /** Phiếu hướng dẫn (văn bản hướng dẫn): a complaint outside competence, guided once. */
  PetitionGuidance = 'petition_guidance',
}

export const ISSUED_DOCUMENT_KINDS: readonly IssuedDocumentKind[] =
  Object.values(IssuedDocumentKind);

/** The register (document type, hence symbol) each kind is numbered in. */
export const DOCUMENT_TYPE_OF: Readonly<Record<IssuedDocumentKind, DocumentType>> = {
  [IssuedDocumentKind.ComplaintFirstRound]: DocumentType.Decision,
  [IssuedDocumentKind.ComplaintSecondRound]: DocumentType.Decision,
  [IssuedDocumentKind.DenunciationConclusion]: DocumentType.Conclusion,
  [IssuedDocumentKind.ComplaintAcceptanceNotice]: DocumentType.Notice,
  [IssuedDocumentKind.ComplaintRefusalNotice]: DocumentType.Notice,
  [IssuedDocumentKind.DenunciationAcceptance]: DocumentType.Decision,
  [IssuedDocumentKind.DenunciationRefusalNotice]: DocumentType.Notice,
  [IssuedDocumentKind.DenunciationExtension]: DocumentType.Decision,
  [IssuedDocumentKind.VerificationAssignment]: DocumentType.Decision,
  [IssuedDocumentKind.Termination]: DocumentType.Decision,
  [IssuedDocumentKind.DenunciationResultNotice]: DocumentType.Notice,
  [IssuedDocumentKind.DenunciationAcceptanceNotice]: DocumentType.Notice,
  [IssuedDocumentKind.DenunciationAccusedNotice]: DocumentType.Notice,
  [IssuedDocumentKind.PetitionNonAcceptance]: DocumentType.Notice,
  [IssuedDocumentKind.PetitionTransferSlip]: DocumentType.TransferSlip,
  [IssuedDocumentKind.PetitionUrgingLetter]: DocumentType.UrgingLetter,
  [IssuedDocumentKind.PetitionGuidance]: DocumentType.GuidanceSlip,
};

/** The kinds that end a proceeding on the merits: they carry an outcome and measures. */
export function decisionKindOf(kind: IssuedDocumentKind): DecisionKind | null {
  const kinds: readonly string[] = Object.values(DecisionKind);
  return kinds.includes(kind) ? (kind as string as DecisionKind) : null;
}
