/** The documents of a denunciation proceeding (DOMAIN §8.1), as named in the route. */
export enum DenunciationDocumentKind {
  AcceptanceDecision = 'acceptance-decision',
  /** To the denouncer (Luật TC Đ29 k3). */
  AcceptanceNotice = 'acceptance-notice',
  /** To the accused: the content, never the denouncer (Đ29 k3, Đ47). */
  AccusedNotice = 'accused-notice',
  NonAcceptanceNotice = 'non-acceptance-notice',
  VerificationAssignment = 'verification-assignment',
  ExtensionDecision = 'extension-decision',
  Conclusion = 'conclusion',
  /** To the denouncer (Đ35 k2). */
  ResultNotice = 'result-notice',
  TerminationDecision = 'termination-decision',
}

/** The only documents addressed to the denouncer: the only ones that may name them. */
export const TO_THE_DENOUNCER: ReadonlySet<DenunciationDocumentKind> = new Set([
  DenunciationDocumentKind.AcceptanceNotice,
  DenunciationDocumentKind.NonAcceptanceNotice,
  DenunciationDocumentKind.ResultNotice,
]);
