import { IssuedDocumentKind } from '../../decisions/domain/document-kind';
import { HandlingOutcome } from '../domain/petition-enums';

/** GET /petitions/:id/documents/:kind. */
export enum PetitionDocumentKind {
  Proposal = 'proposal',
  TransferSlip = 'transfer-slip',
  Guidance = 'guidance',
  Urging = 'urging',
  NonAcceptance = 'non-acceptance',
}

/** The outcomes a document belongs to (null: every petition has it). */
export const DOCUMENT_OUTCOMES: Readonly<
  Record<PetitionDocumentKind, readonly HandlingOutcome[] | null>
> = {
  [PetitionDocumentKind.Proposal]: null,
  [PetitionDocumentKind.TransferSlip]: [
    HandlingOutcome.Forward,
    HandlingOutcome.ReferInvestigation,
    HandlingOutcome.ReferParty,
  ],
  [PetitionDocumentKind.Guidance]: [HandlingOutcome.Guide],
  [PetitionDocumentKind.Urging]: [HandlingOutcome.Urge],
  [PetitionDocumentKind.NonAcceptance]: [HandlingOutcome.NotAcceptable],
};

/**
 * Luật Tố cáo 2018 Điều 9(1)(b), 47, 56: on documents that leave the denouncer's hands — the
 * transfer slip (possibly to the accused's own agency), the urging letter, the internal proposal —
 * a denunciation's (or mixed petition's) signatories appear by pseudonym, and their identity is
 * not even read. The guidance and the notice go to the petitioner and may name them. Other
 * petitions name their signatories wherever the reader may read them.
 */
export const NAMES_DENOUNCER: Readonly<Record<PetitionDocumentKind, boolean>> = {
  [PetitionDocumentKind.Proposal]: false,
  [PetitionDocumentKind.TransferSlip]: false,
  [PetitionDocumentKind.Guidance]: true,
  [PetitionDocumentKind.Urging]: false,
  [PetitionDocumentKind.NonAcceptance]: true,
};

/**
 * The numbered row each document prints its number and date from (domain/issued-documents.ts);
 * null: the phiếu đề xuất, internal to the agency's file, is not numbered and has no "Số:" line.
 */
export const NUMBERED_AS: Readonly<Record<PetitionDocumentKind, IssuedDocumentKind | null>> = {
  [PetitionDocumentKind.Proposal]: null,
  [PetitionDocumentKind.TransferSlip]: IssuedDocumentKind.PetitionTransferSlip,
  [PetitionDocumentKind.Guidance]: IssuedDocumentKind.PetitionGuidance,
  [PetitionDocumentKind.Urging]: IssuedDocumentKind.PetitionUrgingLetter,
  [PetitionDocumentKind.NonAcceptance]: IssuedDocumentKind.PetitionNonAcceptance,
};

export function isDocumentApplicable(
  kind: PetitionDocumentKind,
  outcome: HandlingOutcome | null,
): boolean {
  const needed = DOCUMENT_OUTCOMES[kind];
  return needed === null || (outcome !== null && needed.includes(outcome));
}
