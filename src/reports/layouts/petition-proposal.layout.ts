import { formatLongDate, formatShortDate } from '../format/administrative-date';
import type { PdfDoc } from '../pdf/pdf-doc';
import { drawSignatureRow } from '../pdf/signature';
import { drawTable } from '../pdf/table';
import { drawAddressee, drawParagraphs } from '../pdf/text-blocks';
import type { RenderPolicy } from '../render-policy';
import { documentTemplate, type DocumentTemplate } from '../templates/document-template';
import type { LocalDate } from './document-types';
import { administrativeTexts, beginIssuedDocument, issuerInText } from './issued-document';
import { type PetitionLetterData, petitionValues } from './petition-letter';

/**
 * Phiếu đề xuất xử lý đơn: the handler's proposal to the head (internal file). Labels come in
 * Vietnamese; `petitioner` is a pseudonym for a denunciation. `signer` is the proposer.
 */
export interface PetitionProposalData extends PetitionLetterData {
  /** The head the proposal is addressed to, e.g. "Chánh Thanh tra thành phố". */
  head: string;
  source: string;
  dispatch?: { sender: string; number: string; date: LocalDate };
  type: string;
  field: string;
  signatoryKind: string;
  respondent?: string;
  /** The conditions as checked; null before the check. */
  checks: readonly { condition: string; met: boolean }[] | null;
  eligible: boolean | null;
  inCompetence: boolean | null;
  /** The outcome proposed (label) and the body it concerns; null while none is chosen. */
  proposal: { outcome: string; body?: string } | null;
  basis: string;
  dueOn: LocalDate;
}

function headParagraphs(d: PetitionProposalData, t: DocumentTemplate, policy: RenderPolicy) {
  const values = { ...petitionValues(d), signatories: d.petitioner.displayName, source: d.source };
  const lines = [t.fill('received', values, policy)];
  if (d.dispatch) {
    const dispatch = { sender: d.dispatch.sender, dispatchNo: d.dispatch.number };
    lines.push(
      t.fill('dispatch', { ...dispatch, dispatchOn: formatShortDate(d.dispatch.date) }, policy),
    );
  }
  lines.push(t.fill('content', values, policy));
  if (d.respondent) lines.push(t.fill('respondent', { respondent: d.respondent }, policy));
  const kinds = { type: d.type, field: d.field, signatoryKind: d.signatoryKind };
  lines.push(t.fill('classification', kinds, policy));
  return lines;
}

function drawChecks(pdf: PdfDoc, d: PetitionProposalData, t: DocumentTemplate): void {
  if (d.checks === null) {
    drawParagraphs(pdf, [t.text('notChecked')]);
    return;
  }
  drawParagraphs(pdf, [t.text('checkIntro')]);
  drawTable(pdf, {
    columns: [
      { header: t.text('columnNo'), weight: 8, align: 'center' },
      { header: t.text('columnCondition'), weight: 72 },
      { header: t.text('columnResult'), weight: 20, align: 'center' },
    ],
    rows: d.checks.map((c, i) => [String(i + 1), c.condition, t.text(c.met ? 'met' : 'notMet')]),
  });
  pdf.moveDown(6);
}

function conclusionParagraphs(d: PetitionProposalData, t: DocumentTemplate, policy: RenderPolicy) {
  const issuer = issuerInText(d.issuer);
  const lines: string[] = [];
  if (d.eligible !== null) lines.push(t.text(d.eligible ? 'eligible' : 'notEligible'));
  if (d.inCompetence !== null) {
    lines.push(t.fill(d.inCompetence ? 'inCompetence' : 'notInCompetence', { issuer }, policy));
  }
  const p = d.proposal;
  if (!p) lines.push(t.text('noProposal'));
  else if (p.body) lines.push(t.fill('proposalBody', { outcome: p.outcome, body: p.body }, policy));
  else lines.push(t.fill('proposal', { outcome: p.outcome }, policy));
  lines.push(t.fill('basis', { basis: d.basis }, policy));
  lines.push(t.fill('due', { date: formatLongDate(d.dueOn) }, policy));
  return lines;
}

export async function renderPetitionProposal(
  data: PetitionProposalData,
  policy: RenderPolicy,
): Promise<Buffer> {
  const t = documentTemplate('petition-proposal');
  const pdf = beginIssuedDocument({ data, template: t, policy });
  drawAddressee(pdf, administrativeTexts().text('addresseeLabel'), [data.head]);
  drawParagraphs(pdf, headParagraphs(data, t, policy));
  drawChecks(pdf, data, t);
  drawParagraphs(pdf, conclusionParagraphs(data, t, policy));
  drawSignatureRow(pdf, {
    left: { title: t.text('headRole'), name: '' },
    right: { title: t.text('proposerRole'), name: data.signer.name },
  });
  return pdf.finish();
}
