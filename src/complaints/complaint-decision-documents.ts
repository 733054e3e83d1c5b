import { complaintTerminationCauseLabelsVi } from '../common/i18n/complaint-labels.vi';
import { complaintOutcomeLabelsVi } from '../common/i18n/decision-labels.vi';
import { resolutionDocumentTextsVi as texts } from '../common/i18n/resolution-labels.vi';
import { IssuedDocumentKind } from '../decisions/domain/document-kind';
import type { ResolutionSection } from '../reports';
import { VerificationRecordKind } from '../resolutions/domain/proceeding-enums';
import {
  dateText,
  entries,
  issuedOf,
  latestOf,
  measureLines,
  signerOf,
} from '../resolutions/document-facts';
import { type Built, type ComplaintDocumentInput, complaintValues } from './complaint-documents';
import { ComplaintRound } from './domain/complaint-enums';
import { ComplaintTerminationCause } from './domain/complaint-termination';

function findings(x: ComplaintDocumentInput): { values: Record<string, string>; keys: string[] } {
  const report = x.detail.records.verification
    .filter((r) => r.kind === VerificationRecordKind.VerificationReport)
    .at(-1);
  const dialogue = x.detail.records.dialogues.at(-1);
  const values: Record<string, string> = {};
  const keys = ['complaint'];
  if (report) {
    values.verification = `${report.summary} ${report.recommendation ?? ''}`.trim();
    keys.push('verification');
  }
  if (dialogue) {
    values.dialogueOn = dateText(dialogue.heldOn);
    values.dialogue = dialogue.agreedPoints ?? dialogue.minutes;
    keys.push('dialogue');
  }
  return { values, keys: [...keys, 'reasoning'] };
}

/** Quyết định giải quyết khiếu nại lần đầu (Luật KN Đ31) or lần hai (Đ40), from the records. */
export function complaintDecisionDocument(x: ComplaintDocumentInput): Built {
  const c = x.detail.complaint;
  const round2 = c.round === ComplaintRound.Second;
  const kind = round2
    ? IssuedDocumentKind.ComplaintSecondRound
    : IssuedDocumentKind.ComplaintFirstRound;
  const d = latestOf(x.detail.decisions, kind);
  const f = findings(x);
  const stated = d.decision.statedLegalEffectOn;
  const outcome = d.decision.outcome ? complaintOutcomeLabelsVi[d.decision.outcome] : '';
  const content = d.decision.contentConclusion;
  const measures: ResolutionSection[] =
    d.measures.length > 0
      ? [{ entry: 'measuresLabel' }, { lines: measureLines(d.measures) }]
      : [{ entry: 'noMeasures' }];
  const values = {
    ...complaintValues(x),
    ...f.values,
    reasoning: d.decision.reasoning ?? '',
    outcome,
    firstDecisionNo: x.firstDecisionNo ?? '',
    contentPart: content ? texts.contentConclusion(complaintOutcomeLabelsVi[content]) : '',
    appealPeriod: c.isRemote ? texts.appealPeriod.remote : texts.appealPeriod.normal,
    // D9 as the decision stated it when issued (its Điều 4 names the exceptions that block it);
    // none when a lawsuit was already recorded then
    legalEffectOn: stated ? dateText(stated) : texts.effectBlocked,
    effectException: round2 ? texts.effectException.second : texts.effectException.first,
  };
  return {
    template: round2 ? 'complaint-decision-round2' : 'complaint-decision-round1',
    ...issuedOf(d),
    values,
    sections: entries(...f.keys),
    articles: [{ entry: 'outcome' }, ...measures, ...entries('rights', 'effect')],
    recipients: round2
      ? ['complainant', 'respondent', 'firstResolver', 'inspectorate']
      : ['complainant', 'respondent', 'inspectorate'],
    signer: signerOf(d),
  };
}

/** Quyết định đình chỉ việc giải quyết khiếu nại (Luật KN Đ10, Đ11). */
export function complaintTerminationDocument(x: ComplaintDocumentInput): Built {
  const c = x.detail.complaint;
  const d = latestOf(x.detail.decisions, IssuedDocumentKind.Termination);
  const withdrawn = c.terminationCause === ComplaintTerminationCause.Withdrawn;
  const values = {
    ...complaintValues(x),
    cause: c.terminationCause ? complaintTerminationCauseLabelsVi[c.terminationCause] : '',
    terminatedOn: dateText(c.terminatedOn),
    reconsiderText: c.withdrawalReconsiderable ? texts.reconsiderable : texts.notReconsiderable,
  };
  return {
    template: 'complaint-termination',
    ...issuedOf(d),
    values,
    sections: entries('matter', 'cause', ...(withdrawn ? ['reconsider'] : [])),
    articles: entries('article1', 'article2'),
    recipients: ['complainant', 'inspectorate'],
    signer: signerOf(d),
  };
}
