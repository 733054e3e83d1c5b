import { fillPlaceholders, type PlaceholderValues } from '../templates/fill-placeholders';
import { drawSignatureRow, type SignatureBlock } from '../pdf/signature';
import { drawAddressee, drawBasisLines, drawCentredLine, drawParagraphs } from '../pdf/text-blocks';
import type { RenderPolicy } from '../render-policy';
import { documentTemplate, type DocumentTemplate } from '../templates/document-template';
import type { IssuedDocumentData, Signer } from './document-types';
import {
  administrativeTexts,
  beginIssuedDocument,
  recipientList,
  signerBlock,
} from './issued-document';

/** The documents of the complaint and denunciation proceedings (DOMAIN §8.1), one template each. */
export type ResolutionTemplate =
  | 'complaint-acceptance-notice'
  | 'complaint-refusal-notice'
  | 'complaint-dialogue-minutes'
  | 'complaint-decision-round1'
  | 'complaint-decision-round2'
  | 'complaint-termination'
  | 'verification-assignment'
  | 'denunciation-acceptance-decision'
  | 'denunciation-acceptance-notice'
  | 'denunciation-accused-notice'
  | 'denunciation-refusal-notice'
  | 'denunciation-extension-decision'
  | 'denunciation-conclusion'
  | 'denunciation-result-notice'
  | 'denunciation-termination'
  | 'enforcement-urging-letter'
  | 'enforcement-organising-decision';

/** A body paragraph: an entry of the template's "paragraphs", or lines the caller formatted. */
export type ResolutionSection =
  { entry: string; values?: PlaceholderValues } | { lines: readonly string[] };

/**
 * One resolution document. The layout prints what it gets (see document-types.ts): the caller
 * decides which names it holds — a denouncer's identity only on the notices addressed to them.
 */
export interface ResolutionDocumentData extends IssuedDocumentData {
  template: ResolutionTemplate;
  /** Placeholder values shared by every paragraph and recipient line. */
  values: PlaceholderValues;
  /** "Kính gửi:" lines (notices). */
  addressees?: readonly string[];
  /** Paragraphs before the operative part ("Xét …", facts, verification result). */
  sections: readonly ResolutionSection[];
  /** Decisions: the articles after the template's "operative" line ("QUYẾT ĐỊNH:"). */
  articles?: readonly ResolutionSection[];
  /** Keys of the template's "recipients" entries, in order. */
  recipients: readonly string[];
  archive?: string;
  signer: Signer;
  /** Minutes: the other side's signature instead of "Nơi nhận". */
  counterSigner?: { title: string; name?: string };
}

interface DrawnText {
  text: string;
  /** Caller-formatted list lines: flush left, no first-line indent. */
  list: boolean;
}

function sectionTexts(
  sections: readonly ResolutionSection[],
  t: DocumentTemplate,
  data: ResolutionDocumentData,
  policy: RenderPolicy,
): DrawnText[] {
  return sections.flatMap((s): DrawnText[] => {
    if ('lines' in s) return s.lines.map((text) => ({ text, list: true }));
    const values = { ...data.values, ...s.values };
    return [
      { text: fillPlaceholders(t.entry('paragraphs', s.entry), values, policy), list: false },
    ];
  });
}

function drawSections(
  pdf: Parameters<typeof drawParagraphs>[0],
  texts: readonly DrawnText[],
): void {
  for (const { text, list } of texts) {
    drawParagraphs(pdf, [text], list ? { align: 'left', indent: 0 } : {});
  }
}

function leftOfSignature(data: ResolutionDocumentData, t: DocumentTemplate, policy: RenderPolicy) {
  if (data.counterSigner) {
    const block: SignatureBlock = {
      title: data.counterSigner.title,
      name: data.counterSigner.name,
    };
    return block;
  }
  const lines = data.recipients.map((key) =>
    fillPlaceholders(t.entry('recipients', key), data.values, policy),
  );
  return recipientList(lines, data.archive, policy);
}

export async function renderResolutionDocument(
  data: ResolutionDocumentData,
  policy: RenderPolicy,
): Promise<Buffer> {
  const t = documentTemplate(data.template);
  const summary = fillPlaceholders(t.text('summary'), data.values, policy);
  const pdf = beginIssuedDocument({ data, template: t, policy, summary });
  if (data.addressees && data.addressees.length > 0) {
    drawAddressee(pdf, administrativeTexts().text('addresseeLabel'), data.addressees);
  }
  drawBasisLines(
    pdf,
    t.list('basis').map((line) => fillPlaceholders(line, data.values, policy)),
  );
  drawSections(pdf, sectionTexts(data.sections, t, data, policy));
  if (data.articles) {
    drawCentredLine(pdf, t.text('operative'));
    drawSections(pdf, sectionTexts(data.articles, t, data, policy));
  }
  drawSignatureRow(pdf, {
    left: leftOfSignature(data, t, policy),
    right: signerBlock(data.signer),
  });
  return pdf.finish();
}
