import { caseFieldLabelsVi, contentTypeLabelsVi } from '../../common/i18n/case-messages.vi';
import {
  eligibilityItemLabelsVi,
  handlingOutcomeLabelsVi,
  notAcceptableGroundClauseVi,
  notAcceptableGroundLabelsVi,
  petitionSourceLabelsVi,
  signatoryKindLabelsVi,
} from '../../common/i18n/petition-labels.vi';
import { petitionDocumentTextsVi as texts } from '../../common/i18n/petition-messages.vi';
import type {
  CitizenRef,
  DocumentIssuer,
  GuidanceSlipData,
  PetitionLetterData,
  PetitionNonAcceptanceData,
  PetitionProposalData,
  PetitionTransferSlipData,
  PetitionUrgingData,
} from '../../reports';
import type { EligibilityItem } from '../domain/eligibility';
import { ContentType } from '../../cases/domain/case-enums';
import type { PetitionRow } from '../petition-row.sql';

/** What every petition document is drawn from; `petitioner` is already name or pseudonym. */
export interface PetitionDocumentInput {
  petition: PetitionRow;
  issuer: DocumentIssuer;
  issuedOn: string;
  /** The number in the register, as issued by the outcome step; absent: left blank. */
  number?: number;
  /** The internal proposal slip: no "Số:" line at all. */
  unnumbered?: true;
  petitioner: CitizenRef;
  proposerName: string;
}

/** The header's number and date, as the document was issued. */
const numberOf = (d: PetitionDocumentInput) => ({
  issuedOn: d.issuedOn,
  ...(d.number !== undefined ? { number: d.number } : {}),
  ...(d.unnumbered ? { unnumbered: d.unnumbered } : {}),
});

const signer = { title: texts.signerTitle, name: '' };

function base(d: PetitionDocumentInput): PetitionLetterData {
  const p = d.petition;
  return {
    issuer: d.issuer,
    ...numberOf(d),
    petition: {
      bookNo: p.bookNo,
      bookYear: p.bookYear,
      receivedOn: p.receivedOn,
      summary: p.summary,
    },
    petitioner: d.petitioner,
    signer,
  };
}

const body = (p: PetitionRow) => p.outcomeBody ?? '';

export function proposalData(d: PetitionDocumentInput): PetitionProposalData {
  const p = d.petition;
  const checks = p.eligibility
    ? Object.entries(p.eligibility).map(([item, met]) => ({
        condition: eligibilityItemLabelsVi[item as EligibilityItem] ?? item,
        met: met === true,
      }))
    : null;
  return {
    ...base(d),
    signer: { title: texts.proposerTitle, name: d.proposerName },
    head: texts.headInText,
    source: petitionSourceLabelsVi[p.source],
    ...(p.senderBody && p.dispatchNo && p.dispatchOn
      ? { dispatch: { sender: p.senderBody, number: p.dispatchNo, date: p.dispatchOn } }
      : {}),
    type: contentTypeLabelsVi[p.type].toLocaleLowerCase('vi'),
    field: caseFieldLabelsVi[p.field].toLocaleLowerCase('vi'),
    signatoryKind: signatoryKindLabelsVi[p.signatoryKind].toLocaleLowerCase('vi'),
    ...(p.respondent ? { respondent: p.respondent } : {}),
    checks,
    eligible: p.isEligible,
    inCompetence: p.isInCompetence,
    proposal: p.outcome
      ? {
          outcome: handlingOutcomeLabelsVi[p.outcome],
          ...(p.outcomeBody ? { body: p.outcomeBody } : {}),
        }
      : null,
    basis: texts.transferBasis,
    dueOn: p.dueOn,
  };
}

export function transferSlipData(
  d: PetitionDocumentInput,
  confidential: boolean,
): PetitionTransferSlipData {
  const denunciation = d.petition.type === ContentType.Denunciation;
  return {
    ...base(d),
    body: body(d.petition),
    basis: denunciation ? texts.transferBasisDenunciation : texts.transferBasis,
    confidential,
  };
}

export function urgingData(d: PetitionDocumentInput): PetitionUrgingData {
  return { ...base(d), body: body(d.petition) };
}

export function nonAcceptanceData(d: PetitionDocumentInput): PetitionNonAcceptanceData {
  const ground = d.petition.notAcceptableGround;
  return {
    ...base(d),
    ground: ground ? notAcceptableGroundLabelsVi[ground] : '',
    clause: ground ? notAcceptableGroundClauseVi[ground] : '',
  };
}

export function guidanceData(d: PetitionDocumentInput): GuidanceSlipData {
  const p = d.petition;
  return {
    issuer: d.issuer,
    ...numberOf(d),
    citizen: d.petitioner,
    channel: 'petition',
    receivedOn: p.receivedOn,
    content: p.summary,
    competentBody: { name: body(p) },
    reason: texts.guidanceReason(p.outcomeNote),
    signer,
  };
}
