import { IssuedDocumentKind } from '../../decisions/domain/document-kind';
import { PetitionAction as A } from './petition-status';

// The numbered documents of petition handling (TT 05/2021/TT-TTCP; DOMAIN §3.5, §8.1): the outcome
// step that sends a document out of the agency issues it, and draws its number from the agency's
// gapless register of its type for the year (NĐ 30/2020 Phụ lục I) in that step's transaction.
// Registration, the check and the internal proposal slip (phiếu đề xuất) draw nothing.

const ISSUED_BY: Partial<Record<A, IssuedDocumentKind>> = {
  [A.NotAcceptable]: IssuedDocumentKind.PetitionNonAcceptance, // Luật KN 2011 Điều 11: TB
  [A.Forward]: IssuedDocumentKind.PetitionTransferSlip, // Luật TC 2018 Điều 24(2): phiếu chuyển
  [A.ReferInvestigation]: IssuedDocumentKind.PetitionTransferSlip, // to investigation/procuracy
  [A.ReferParty]: IssuedDocumentKind.PetitionTransferSlip, // to the Party body
  [A.Urge]: IssuedDocumentKind.PetitionUrgingLetter, // TT 05/2021: each urging is a new letter
  [A.Guide]: IssuedDocumentKind.PetitionGuidance, // TT 05/2021: phiếu hướng dẫn (once)
};

/** The document the action issues (and numbers), or null when it issues none. */
export function documentIssuedBy(action: A): IssuedDocumentKind | null {
  return ISSUED_BY[action] ?? null;
}
