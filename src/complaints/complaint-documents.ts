import { complaintRefusalGroundLabelsVi } from '../common/i18n/complaint-labels.vi';
import { resolutionDocumentTextsVi as texts } from '../common/i18n/resolution-labels.vi';
import { IssuedDocumentKind } from '../decisions/domain/document-kind';
import type { DocumentIssuer, ResolutionDocumentData } from '../reports';
import {
  dateText,
  documentNotApplicable,
  entries,
  issuedOf,
  latestOf,
  signerOf,
  statedDueValues,
  verificationAssignmentDocument,
} from '../resolutions/document-facts';
import { ComplaintDocumentKind as K } from './complaint-document-kind';
import type { ComplaintDetail } from './complaint.mapper';

/**
 * What every complaint document is filled from (the records; nothing typed twice). A deadline
 * that may move later is never a common value: each document takes the one it stated when issued.
 */
export interface ComplaintDocumentInput {
  detail: ComplaintDetail;
  issuer: DocumentIssuer;
  /** The complainant as this reader may see them: the name, or the pseudonym. */
  complainant: { name: string; address: string | null };
  content: string;
  respondent: string | null;
  /** Names of the verification team (lead first). */
  team: string[];
  /** Round 2: the round-1 decision number. */
  firstDecisionNo: string | null;
}

export type Built = Omit<ResolutionDocumentData, 'issuer'>;

export function complaintValues(x: ComplaintDocumentInput): Record<string, string> {
  const c = x.detail.complaint;
  return {
    issuer: x.issuer.nameInText ?? x.issuer.name,
    complainant: x.complainant.name,
    complainantAddress: x.complainant.address ? texts.address(x.complainant.address) : '',
    content: x.content,
    respondent: x.respondent ?? texts.unknownRespondent,
    respondentPart: x.respondent ? texts.respondent(x.respondent) : '',
    receivedOn: dateText(c.receivedOn),
    acceptedOn: dateText(c.acceptedOn),
    roundText: texts.roundText[c.round],
    matterKind: texts.matterKind.complaint,
    lawBasis: texts.lawBasis.complaint,
  };
}

function acceptanceNotice(x: ComplaintDocumentInput): Built {
  const d = latestOf(x.detail.decisions, IssuedDocumentKind.ComplaintAcceptanceNotice);
  return {
    template: 'complaint-acceptance-notice',
    ...issuedOf(d),
    values: { ...complaintValues(x), ...statedDueValues(d, x.detail.complaint) },
    addressees: [`Ông (bà) ${x.complainant.name}`],
    sections: entries('received', 'checked', 'accepted', 'closing'),
    recipients: ['complainant', 'respondent', 'inspectorate'],
    signer: signerOf(d),
  };
}

function refusalNotice(x: ComplaintDocumentInput): Built {
  const d = latestOf(x.detail.decisions, IssuedDocumentKind.ComplaintRefusalNotice);
  const c = x.detail.complaint;
  const grounds = (c.acceptanceChecklist?.failedGrounds ?? []).map(
    (g) => `- ${complaintRefusalGroundLabelsVi[g]};`,
  );
  const values = {
    ...complaintValues(x),
    limitationDueOn: dateText(c.limitationDueOn),
    filedOn: dateText(c.filedOn ?? c.receivedOn),
  };
  return {
    template: 'complaint-refusal-notice',
    ...issuedOf(d),
    values,
    addressees: [`Ông (bà) ${x.complainant.name}`],
    sections: [
      { entry: 'received' },
      { entry: 'refused' },
      { lines: grounds },
      { entry: 'limitation' },
      { entry: 'closing' },
    ],
    recipients: ['complainant', 'inspectorate'],
    signer: signerOf(d),
  };
}

function verificationAssignment(x: ComplaintDocumentInput): Built {
  const { decisions, complaint } = x.detail;
  return verificationAssignmentDocument(decisions, x.team, complaintValues(x), complaint);
}

function dialogueMinutes(x: ComplaintDocumentInput): Built {
  const dialogue = x.detail.records.dialogues.at(-1);
  if (!dialogue) throw documentNotApplicable();
  const values = {
    ...complaintValues(x),
    heldOn: dateText(dialogue.heldOn),
    place: dialogue.place,
    chairedBy: dialogue.chairedBy,
    minutes: dialogue.minutes,
    agreedPoints: dialogue.agreedPoints ?? texts.noneText,
  };
  const participants = dialogue.participants.map((p) => texts.participant(p.name, p.role));
  return {
    template: 'complaint-dialogue-minutes',
    issuedOn: dialogue.heldOn,
    // Biên bản đối thoại (Luật KN 2011 Đ30, Đ39; DOMAIN §4.5): signed by the participants, kept
    // in the file, entered in no register of issued documents: no "Số:" line
    unnumbered: true,
    values,
    sections: [
      ...entries('opening', 'chair', 'participantsLabel'),
      { lines: participants },
      ...entries('minutesLabel', 'minutes', 'agreed', 'closing'),
    ],
    recipients: [],
    counterSigner: { title: texts.minutesSigner, name: x.complainant.name },
    signer: { title: texts.dialogueChair, name: dialogue.chairedBy },
  };
}

export const COMPLAINT_DOCUMENT_BUILDERS: Readonly<
  Record<Exclude<K, K.Decision | K.TerminationDecision>, (x: ComplaintDocumentInput) => Built>
> = {
  [K.AcceptanceNotice]: acceptanceNotice,
  [K.NonAcceptanceNotice]: refusalNotice,
  [K.VerificationAssignment]: verificationAssignment,
  [K.DialogueMinutes]: dialogueMinutes,
};
