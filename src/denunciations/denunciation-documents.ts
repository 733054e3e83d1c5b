import {
  denunciationConditionLabelsVi,
  denunciationComplexityLabelsVi,
  denunciationTerminationCauseLabelsVi,
} from '../common/i18n/denunciation-labels.vi';
import { resolutionDocumentTextsVi as texts } from '../common/i18n/resolution-labels.vi';
import type { DecisionWithMeasures } from '../decisions/decisions.repository';
import { IssuedDocumentKind } from '../decisions/domain/document-kind';
import type { DocumentIssuer, ResolutionDocumentData } from '../reports';
import {
  dateText,
  entries,
  issuedOf,
  latestOf,
  signerOf,
  statedDueValues,
  verificationAssignmentDocument,
} from '../resolutions/document-facts';
import { DenunciationDocumentKind as K } from './denunciation-document-kind';
import type { DenunciationDetail } from './denunciation.mapper';

/** What every denunciation document is filled from. `denouncer` is set only for their notices. */
export interface DenunciationDocumentInput {
  detail: DenunciationDetail;
  issuer: DocumentIssuer;
  /** The name (or pseudonym) — only for documents addressed to the denouncer; else null. */
  denouncer: string | null;
  content: string;
  accused: string | null;
  team: string[];
}

export type Built = Omit<ResolutionDocumentData, 'issuer'>;

/** Values every document may use: none of them describes the denouncer. */
export function denunciationValues(x: DenunciationDocumentInput): Record<string, string> {
  const d = x.detail.denunciation;
  const acceptance = x.detail.decisions.find(
    (y) => y.decision.kind === IssuedDocumentKind.DenunciationAcceptance,
  );
  return {
    issuer: x.issuer.nameInText ?? x.issuer.name,
    content: x.content,
    accused: x.accused ?? texts.unknownAccused,
    accusedPart: x.accused ? texts.accused(x.accused) : '',
    receivedOn: dateText(d.receivedOn),
    acceptedOn: dateText(d.acceptedOn),
    acceptanceNo: acceptance?.decision.numberSymbol ?? '',
    matterKind: texts.matterKind.denunciation,
    lawBasis: texts.lawBasis.denunciation,
  };
}

/**
 * What the acceptance decision stated on its issue date (D14 with its period and basis, D13), for
 * the decision and the notices sent with it; a later extension, suspension or calendar edit moves
 * only the proceeding's current dates.
 */
function acceptanceValues(x: DenunciationDocumentInput, d: DecisionWithMeasures) {
  const current = x.detail.denunciation;
  return {
    ...statedDueValues(d, current),
    noticeDueOn: dateText(d.decision.noticeDueOn ?? current.noticeDueOn),
  };
}

const toDenouncer = (x: DenunciationDocumentInput) => ({
  ...denunciationValues(x),
  denouncer: x.denouncer ?? '',
});

function acceptanceDecision(x: DenunciationDocumentInput): Built {
  const d = latestOf(x.detail.decisions, IssuedDocumentKind.DenunciationAcceptance);
  return {
    template: 'denunciation-acceptance-decision',
    ...issuedOf(d),
    values: { ...denunciationValues(x), ...acceptanceValues(x, d) },
    sections: entries('consider'),
    articles: entries('article1', 'article2', 'article3'),
    recipients: ['file', 'inspectorate'],
    signer: signerOf(d),
  };
}

/**
 * A notice sent with the acceptance (Luật TC 2018 Đ29 k4): its own row, number, date and signer.
 * A proceeding accepted before these notices were numbered (migration 1767225719000) has no row:
 * its notice prints the acceptance decision's date and signer and a blank number, as it did.
 */
function noticeWithAcceptance(x: DenunciationDocumentInput, kind: IssuedDocumentKind) {
  const own = x.detail.decisions.filter((y) => y.decision.kind === kind).at(-1);
  const d = own ?? latestOf(x.detail.decisions, IssuedDocumentKind.DenunciationAcceptance);
  const header = own ? issuedOf(own) : { issuedOn: d.decision.issuedOn };
  return { d, header };
}

function acceptanceNotice(x: DenunciationDocumentInput): Built {
  const { d, header } = noticeWithAcceptance(x, IssuedDocumentKind.DenunciationAcceptanceNotice);
  return {
    template: 'denunciation-acceptance-notice',
    ...header,
    values: { ...toDenouncer(x), ...acceptanceValues(x, d) },
    addressees: [`Ông (bà) ${x.denouncer ?? ''}`],
    sections: entries('received', 'accepted', 'secrecy', 'closing'),
    recipients: ['denouncer'],
    signer: signerOf(d),
  };
}

function accusedNotice(x: DenunciationDocumentInput): Built {
  const { d, header } = noticeWithAcceptance(x, IssuedDocumentKind.DenunciationAccusedNotice);
  const values = denunciationValues(x);
  return {
    template: 'denunciation-accused-notice',
    ...header,
    values,
    addressees: [values.accused ?? ''],
    sections: entries('accepted', 'duties', 'closing'),
    recipients: ['accused', 'file'],
    signer: signerOf(d),
  };
}

function refusalNotice(x: DenunciationDocumentInput): Built {
  const d = latestOf(x.detail.decisions, IssuedDocumentKind.DenunciationRefusalNotice);
  const failed = x.detail.denunciation.acceptanceChecklist?.failedConditions ?? [];
  return {
    template: 'denunciation-refusal-notice',
    ...issuedOf(d),
    values: toDenouncer(x),
    addressees: [`Ông (bà) ${x.denouncer ?? ''}`],
    sections: [
      ...entries('received', 'refused'),
      { lines: failed.map((c) => `- ${denunciationConditionLabelsVi[c]};`) },
      ...entries('closing'),
    ],
    recipients: ['denouncer'],
    signer: signerOf(d),
  };
}

function verificationAssignment(x: DenunciationDocumentInput): Built {
  const { decisions, denunciation } = x.detail;
  return verificationAssignmentDocument(decisions, x.team, denunciationValues(x), denunciation);
}

function extensionDecision(x: DenunciationDocumentInput): Built {
  const d = latestOf(x.detail.decisions, IssuedDocumentKind.DenunciationExtension);
  const extension = x.detail.records.extensions.find((e) => e.decisionId === d.decision.id);
  const values = {
    ...denunciationValues(x),
    seq: String(extension?.seq ?? ''),
    complexity: extension
      ? denunciationComplexityLabelsVi[extension.complexity].toLocaleLowerCase('vi')
      : '',
    reason: extension?.reason ?? '',
    extensionPeriod: texts.days(30),
    previousDueOn: dateText(extension?.previousDueOn),
    dueOn: dateText(extension?.newDueOn),
  };
  return {
    template: 'denunciation-extension-decision',
    ...issuedOf(d),
    values,
    sections: entries('consider'),
    articles: entries('article1', 'article2', 'article3'),
    recipients: ['denouncer', 'accused', 'file'],
    signer: signerOf(d),
  };
}

function terminationDecision(x: DenunciationDocumentInput): Built {
  const d = latestOf(x.detail.decisions, IssuedDocumentKind.Termination);
  const cause = x.detail.denunciation.terminationCause;
  const values = {
    ...denunciationValues(x),
    cause: cause ? denunciationTerminationCauseLabelsVi[cause] : '',
    terminatedOn: dateText(x.detail.denunciation.terminatedOn),
  };
  return {
    template: 'denunciation-termination',
    ...issuedOf(d),
    values,
    sections: entries('matter', 'cause'),
    articles: entries('article1', 'article2'),
    recipients: ['denouncer', 'accused', 'inspectorate'],
    signer: signerOf(d),
  };
}

export const DENUNCIATION_DOCUMENT_BUILDERS: Readonly<
  Partial<Record<K, (x: DenunciationDocumentInput) => Built>>
> = {
  [K.AcceptanceDecision]: acceptanceDecision,
  [K.AcceptanceNotice]: acceptanceNotice,
  [K.AccusedNotice]: accusedNotice,
  [K.NonAcceptanceNotice]: refusalNotice,
  [K.VerificationAssignment]: verificationAssignment,
  [K.ExtensionDecision]: extensionDecision,
  [K.TerminationDecision]: terminationDecision,
};
