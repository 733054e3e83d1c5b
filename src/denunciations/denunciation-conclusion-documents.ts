import { denunciationOutcomeLabelsVi } from '../common/i18n/decision-labels.vi';
import { timelinessLabelsVi } from '../common/i18n/decision-labels.vi';
import { resolutionDocumentTextsVi as texts } from '../common/i18n/resolution-labels.vi';
import { DecisionOutcome } from '../decisions/domain/decision-outcome';
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
import {
  type Built,
  type DenunciationDocumentInput,
  denunciationValues,
} from './denunciation-documents';

function outcomeText(outcome: DecisionOutcome | null): string {
  if (
    outcome === DecisionOutcome.Right ||
    outcome === DecisionOutcome.PartlyRight ||
    outcome === DecisionOutcome.Wrong
  ) {
    return denunciationOutcomeLabelsVi[outcome];
  }
  return '';
}

function conclusionValues(x: DenunciationDocumentInput) {
  const d = latestOf(x.detail.decisions, IssuedDocumentKind.DenunciationConclusion);
  const report = x.detail.records.verification
    .filter((r) => r.kind === VerificationRecordKind.VerificationReport)
    .at(-1);
  const values = {
    ...denunciationValues(x),
    verification: report ? `${report.summary} ${report.recommendation ?? ''}`.trim() : '',
    reasoning: d.decision.reasoning ?? '',
    outcome: outcomeText(d.decision.outcome),
    issuedOn: dateText(d.decision.issuedOn),
    dueOn: dateText(d.decision.dueOn),
    timeliness: d.decision.timeliness ? timelinessLabelsVi[d.decision.timeliness] : '',
    conclusionNo: d.decision.numberSymbol,
    // one sentence in the result notice: its template ends it with a full stop, not after a ';'
    measures:
      d.measures.length > 0 ? measureLines(d.measures).join(' ').replace(/;$/, '') : texts.noneText,
  };
  return { d, values };
}

/** Kết luận nội dung tố cáo (Luật TC 2018 Đ35): for the accused; never names the denouncer. */
export function conclusionDocument(x: DenunciationDocumentInput): Built {
  const { d, values } = conclusionValues(x);
  const measures: ResolutionSection[] =
    d.measures.length > 0
      ? [{ entry: 'measuresLabel' }, { lines: measureLines(d.measures) }]
      : [{ entry: 'noMeasures' }];
  return {
    template: 'denunciation-conclusion',
    ...issuedOf(d),
    values,
    sections: [
      ...entries(
        'matter',
        ...(values.verification ? ['verification'] : []),
        'reasoning',
        'conclusion',
      ),
      ...(d.decision.isDeliberatelyFalse ? entries('deliberatelyFalse') : []),
      ...measures,
      ...entries('timeliness'),
    ],
    recipients: ['accused', 'denouncer', 'inspectorate'],
    signer: signerOf(d),
  };
}

/**
 * Thông báo kết quả giải quyết tố cáo, addressed to the denouncer (Đ35 k2): a TB document of its
 * own — number, issue date and signer of the notice row — announcing the conclusion it refers to.
 */
export function resultNoticeDocument(x: DenunciationDocumentInput): Built {
  const notice = latestOf(x.detail.decisions, IssuedDocumentKind.DenunciationResultNotice);
  const { values } = conclusionValues(x);
  return {
    template: 'denunciation-result-notice',
    ...issuedOf(notice),
    values: { ...values, denouncer: x.denouncer ?? '' },
    addressees: [`Ông (bà) ${x.denouncer ?? ''}`],
    sections: entries('matter', 'result', 'measures', 'closing'),
    recipients: ['denouncer'],
    signer: signerOf(notice),
  };
}
