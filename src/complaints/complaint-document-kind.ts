/** The documents of a complaint proceeding (DOMAIN §8.1), as named in the route. */
export enum ComplaintDocumentKind {
  AcceptanceNotice = 'acceptance-notice',
  NonAcceptanceNotice = 'non-acceptance-notice',
  VerificationAssignment = 'verification-assignment',
  DialogueMinutes = 'dialogue-minutes',
  Decision = 'decision',
  TerminationDecision = 'termination-decision',
}
