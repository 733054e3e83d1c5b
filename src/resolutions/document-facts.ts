import { AppError } from '../common/errors/app-error';
import { enforcementTypeLabelsVi } from '../common/i18n/decision-labels.vi';
import {
  resolutionDocumentTextsVi as texts,
  resolutionMessagesVi as m,
} from '../common/i18n/resolution-labels.vi';
import type { DecisionMeasureEntity } from '../decisions/decision-measure.entity';
import type { DecisionWithMeasures } from '../decisions/decisions.repository';
import { IssuedDocumentKind } from '../decisions/domain/document-kind';
import type { ExplanationStep } from '../legal/domain/deadline-engine';
import {
  formatArea,
  formatShortDate,
  formatVnd,
  type ResolutionDocumentData,
  type ResolutionSection,
  type Signer,
} from '../reports';

// Small pure helpers the document builders of complaints/ and denunciations/ share: dates, the
// period and legal basis of a stored deadline, the lines of the recommended measures.

export const dateText = (d: string | null | undefined): string => (d ? formatShortDate(d) : '');

/** "30 ngày": the period of the rule step of a stored explanation (before extensions). */
export function periodText(explanation: readonly ExplanationStep[] | null): string {
  const rule = (explanation ?? []).find((s) => s.kind === 'rule');
  return texts.days(rule?.days ?? 0);
}

/** The legal basis named in the rule step ("Luật Khiếu nại 2011, Điều 28"). */
export function ruleBasisText(explanation: readonly ExplanationStep[] | null): string {
  const rule = (explanation ?? []).find((s) => s.kind === 'rule');
  const text = rule?.text ?? '';
  const at = text.lastIndexOf('căn cứ ');
  return at >= 0 ? text.slice(at + 'căn cứ '.length) : text;
}

function measureLine(x: DecisionMeasureEntity): string {
  const label = enforcementTypeLabelsVi[x.type];
  const t = texts.measure;
  let line: string;
  if (x.amount !== null) line = t.amount(label, formatVnd(x.amount));
  else if (x.area !== null) line = t.amount(label, formatArea(x.area, { decimals: 2 }));
  else if (x.persons !== null) line = t.persons(label, x.persons);
  else if (x.collectives !== null) line = t.collectives(label, x.collectives);
  else line = t.other(label, x.note ?? '');
  if (x.officials) line += t.officials(x.officials);
  if (x.beneficiaries) line += t.beneficiaries(x.beneficiaries);
  return `${line};`;
}

export const measureLines = (measures: readonly DecisionMeasureEntity[]): string[] =>
  measures.map(measureLine);

/** 409 naming `kind`: the proceeding has no such document (yet). */
export function documentNotApplicable(): AppError {
  const message = m.documentNotApplicable;
  return new AppError(409, 'RESOLUTION_DOCUMENT_NOT_APPLICABLE', message, {
    errors: [{ field: 'kind', code: 'documentNotApplicable', message }],
  });
}

/** The latest document of a kind, or the 409. */
export function latestOf(
  decisions: readonly DecisionWithMeasures[],
  kind: IssuedDocumentKind,
): DecisionWithMeasures {
  const found = decisions.filter((d) => d.decision.kind === kind).at(-1);
  if (!found) throw documentNotApplicable();
  return found;
}

/** Number and date of an issued document, for the NĐ 30/2020 header. */
export const issuedOf = (d: DecisionWithMeasures) => ({
  number: d.decision.registerNo,
  issuedOn: d.decision.issuedOn,
});

/** A proceeding's current resolution deadline, as stored on its row. */
export interface CurrentDue {
  dueOn: string | null;
  dueExplanation: ExplanationStep[] | null;
}

/**
 * The deadline a document states, as of its issue date (`decision.due_on` and its explanation):
 * a suspension, an extension, a flag or a calendar edit made later moves the proceeding's
 * deadline, never what an issued document says. Documents issued before the deadline was stored
 * with them (migration 1767225707100) fall back to the proceeding's current deadline.
 */
export function statedDueValues(
  d: DecisionWithMeasures,
  current: CurrentDue,
): { dueOn: string; period: string; ruleBasis: string } {
  const stored = d.decision.dueOn !== null;
  const dueOn = stored ? d.decision.dueOn : current.dueOn;
  const explanation = (stored ? d.decision.dueExplanation : null) ?? current.dueExplanation;
  return {
    dueOn: dateText(dueOn),
    period: periodText(explanation),
    ruleBasis: ruleBasisText(explanation),
  };
}

/** The signer as stored with the document. */
export const signerOf = (d: DecisionWithMeasures): Signer => ({
  title: d.decision.signerTitle,
  name: d.decision.signerName,
  ...(d.decision.signerAuthority ? { authority: [d.decision.signerAuthority] } : {}),
});

/** Template paragraphs by key, in order. */
export const entries = (...keys: string[]): ResolutionSection[] => keys.map((entry) => ({ entry }));

/**
 * Quyết định giao xác minh (Luật KN Đ29; Luật TC Đ31), the same for both proceedings: the team by
 * name, the scope as written in the decision, the report due before the resolution deadline as of
 * the assignment. `values` are the proceeding's common values.
 */
export function verificationAssignmentDocument(
  decisions: readonly DecisionWithMeasures[],
  team: readonly string[],
  values: Record<string, string>,
  current: CurrentDue,
): Omit<ResolutionDocumentData, 'issuer'> {
  const d = latestOf(decisions, IssuedDocumentKind.VerificationAssignment);
  const [lead, ...members] = team;
  return {
    template: 'verification-assignment',
    ...issuedOf(d),
    values: {
      ...values,
      dueOn: statedDueValues(d, current).dueOn,
      lead: lead ?? '',
      membersPart: members.length > 0 ? texts.members(members.join(', ')) : '',
      scope: d.decision.reasoning ?? '',
    },
    sections: entries('consider'),
    articles: entries('article1', 'scope', 'article2', 'article3'),
    recipients: ['team'],
    signer: signerOf(d),
  };
}
