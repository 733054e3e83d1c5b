import { DocumentType } from './decision-number';
import { DecisionKind } from './decision-outcome';
import { decisionKindOf, DOCUMENT_TYPE_OF, IssuedDocumentKind } from './document-kind';

describe('documents issued in a proceeding (DOMAIN §8.1; NĐ 30/2020 Phụ lục III)', () => {
  it('numbers decisions as QĐ, notices as TB and conclusions as KL', () => {
    expect(DOCUMENT_TYPE_OF[IssuedDocumentKind.ComplaintFirstRound]).toBe(DocumentType.Decision);
    expect(DOCUMENT_TYPE_OF[IssuedDocumentKind.ComplaintAcceptanceNotice]).toBe(
      DocumentType.Notice,
    );
    expect(DOCUMENT_TYPE_OF[IssuedDocumentKind.DenunciationConclusion]).toBe(
      DocumentType.Conclusion,
    );
    expect(DOCUMENT_TYPE_OF[IssuedDocumentKind.DenunciationExtension]).toBe(DocumentType.Decision);
  });

  it('numbers the notices sent with a denunciation acceptance as TB, apart from the QĐ thụ lý (Luật TC 2018 Đ29 k4)', () => {
    expect(DOCUMENT_TYPE_OF[IssuedDocumentKind.DenunciationAcceptance]).toBe(DocumentType.Decision);
    expect(DOCUMENT_TYPE_OF[IssuedDocumentKind.DenunciationAcceptanceNotice]).toBe(
      DocumentType.Notice,
    );
    expect(DOCUMENT_TYPE_OF[IssuedDocumentKind.DenunciationAccusedNotice]).toBe(
      DocumentType.Notice,
    );
    expect(decisionKindOf(IssuedDocumentKind.DenunciationAccusedNotice)).toBeNull();
  });

  it('numbers the petition documents that leave the agency in their own registers (TT 05/2021; NĐ 30/2020 Phụ lục III)', () => {
    expect(DOCUMENT_TYPE_OF[IssuedDocumentKind.PetitionNonAcceptance]).toBe(DocumentType.Notice);
    expect(DOCUMENT_TYPE_OF[IssuedDocumentKind.PetitionTransferSlip]).toBe(
      DocumentType.TransferSlip,
    );
    expect(DOCUMENT_TYPE_OF[IssuedDocumentKind.PetitionUrgingLetter]).toBe(
      DocumentType.UrgingLetter,
    );
    expect(DOCUMENT_TYPE_OF[IssuedDocumentKind.PetitionGuidance]).toBe(DocumentType.GuidanceSlip);
    expect(decisionKindOf(IssuedDocumentKind.PetitionTransferSlip)).toBeNull();
  });

  it('only the decisions and conclusions that end a proceeding carry an outcome (Luật KN Đ31, 40; Luật TC Đ35)', () => {
    expect(decisionKindOf(IssuedDocumentKind.ComplaintSecondRound)).toBe(
      DecisionKind.ComplaintSecondRound,
    );
    expect(decisionKindOf(IssuedDocumentKind.DenunciationConclusion)).toBe(
      DecisionKind.DenunciationConclusion,
    );
    expect(decisionKindOf(IssuedDocumentKind.Termination)).toBeNull();
    expect(decisionKindOf(IssuedDocumentKind.VerificationAssignment)).toBeNull();
  });
});
