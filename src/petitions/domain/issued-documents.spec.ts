import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DOCUMENT_TYPE_ABBREVIATIONS } from '../../decisions/domain/decision-number';
import { DOCUMENT_TYPE_OF, IssuedDocumentKind } from '../../decisions/domain/document-kind';
import { NUMBERED_AS, PetitionDocumentKind } from '../documents/petition-document-kind';
import { documentIssuedBy } from './issued-documents';
import { PETITION_ACTIONS, PetitionAction as A } from './petition-status';

const TEMPLATES: Readonly<Record<PetitionDocumentKind, string>> = {
  [PetitionDocumentKind.Proposal]: 'petition-proposal',
  [PetitionDocumentKind.TransferSlip]: 'petition-transfer-slip',
  [PetitionDocumentKind.Guidance]: 'guidance-slip',
  [PetitionDocumentKind.Urging]: 'petition-urging',
  [PetitionDocumentKind.NonAcceptance]: 'petition-non-acceptance',
};

const templateSymbol = (name: string): string => {
  const path = join(__dirname, '../../../templates/documents', `${name}.vi.json`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { symbol: string }).symbol;
};

describe('numbered documents of petition handling (TT 05/2021/TT-TTCP; DOMAIN §3.5, §8.1)', () => {
  it('numbers the documents the outcome steps send out of the agency', () => {
    expect(documentIssuedBy(A.NotAcceptable)).toBe(IssuedDocumentKind.PetitionNonAcceptance);
    expect(documentIssuedBy(A.Forward)).toBe(IssuedDocumentKind.PetitionTransferSlip);
    expect(documentIssuedBy(A.ReferInvestigation)).toBe(IssuedDocumentKind.PetitionTransferSlip);
    expect(documentIssuedBy(A.Urge)).toBe(IssuedDocumentKind.PetitionUrgingLetter);
    expect(documentIssuedBy(A.Guide)).toBe(IssuedDocumentKind.PetitionGuidance);
  });

  it('draws no number at registration, the check, the proposal or filing', () => {
    const issuing = PETITION_ACTIONS.filter((a) => documentIssuedBy(a) !== null);
    expect(issuing.sort()).toEqual(
      [A.Forward, A.Guide, A.NotAcceptable, A.ReferInvestigation, A.ReferParty, A.Urge].sort(),
    );
  });

  it('stores the symbol each template prints (NĐ 30/2020: "Số: 05/TB-TTTP")', () => {
    expect(NUMBERED_AS[PetitionDocumentKind.Proposal]).toBeNull(); // internal: no number line
    for (const kind of Object.values(PetitionDocumentKind)) {
      const issued = NUMBERED_AS[kind];
      if (issued === null) continue;
      const abbreviation = DOCUMENT_TYPE_ABBREVIATIONS[DOCUMENT_TYPE_OF[issued]];
      expect([kind, templateSymbol(TEMPLATES[kind])]).toEqual([kind, abbreviation]);
    }
  });

  it('prints each document from the row its outcome step issued', () => {
    for (const action of PETITION_ACTIONS) {
      const issued = documentIssuedBy(action);
      if (issued === null) continue;
      expect(Object.values(NUMBERED_AS)).toContain(issued);
    }
  });
});
