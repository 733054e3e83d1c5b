import { formatClockTime, formatLongDate } from '../format/administrative-date';
import { drawSignatureRow } from '../pdf/signature';
import { drawParagraphs } from '../pdf/text-blocks';
import type { RenderPolicy } from '../render-policy';
import { documentTemplate, type DocumentTemplate } from '../templates/document-template';
import type { ClockTime, IdentityDocument, IssuedDocumentData, Officer } from './document-types';
import {
  administrativeTexts,
  beginIssuedDocument,
  identityDocumentText,
  issuerInText,
} from './issued-document';

export type StatementKind = 'complaint' | 'denunciation' | 'petition';

/**
 * Văn bản ghi nội dung khiếu nại / tố cáo / kiến nghị, phản ánh trình bày trực tiếp, signed or
 * fingerprinted by the person (Luật KN 2011 Điều 8(3); Luật TC 2018 Điều 23(2)). It necessarily
 * carries the person's identity: for a denunciation it belongs to the confidential file and to the
 * denouncer, and must never be rendered for any other reader (see document-types.ts).
 */
export interface OralStatementRecordData extends IssuedDocumentData {
  kind: StatementKind;
  startedAt: ClockTime;
  /** Set when the record was closed, for the closing sentence. */
  endedAt?: ClockTime;
  receptionPlace: string;
  receivingOfficer: Officer;
  person: {
    fullName: string;
    identityDocument?: IdentityDocument;
    address?: string;
    phone?: string;
  };
  /** What the person said; one paragraph per line. */
  content: string;
  /** Information, documents and evidence handed over with the statement. */
  documentsProvided?: readonly string[];
}

function factLines(
  data: OralStatementRecordData,
  t: DocumentTemplate,
  policy: RenderPolicy,
): string[] {
  const issuer = issuerInText(data.issuer);
  const { person } = data;
  const lines = [
    t.fill(
      'opening',
      {
        time: formatClockTime(data.startedAt),
        date: formatLongDate(data.issuedOn),
        place: data.receptionPlace,
      },
      policy,
    ),
    t.fill('officer', { ...data.receivingOfficer, issuer }, policy),
    t.fill('person', { role: t.entry('roles', data.kind), name: person.fullName }, policy),
  ];
  if (person.identityDocument) {
    const document = identityDocumentText(person.identityDocument, policy);
    lines.push(t.fill('identity', { document }, policy));
  }
  if (person.address) {
    lines.push(t.fill('address', { address: person.address }, policy));
  }
  if (person.phone) {
    lines.push(t.fill('phone', { phone: person.phone }, policy));
  }
  return lines;
}

function documentLines(data: OralStatementRecordData, t: DocumentTemplate): string[] {
  const documents = data.documentsProvided ?? [];
  if (documents.length === 0) {
    return [t.text('noDocuments')];
  }
  return [t.text('documentsIntro'), ...documents.map((d, i) => `${i + 1}. ${d}`)];
}

function closingLines(
  data: OralStatementRecordData,
  t: DocumentTemplate,
  policy: RenderPolicy,
): string[] {
  const role = t.entry('roles', data.kind).toLocaleLowerCase('vi');
  const issuer = issuerInText(data.issuer);
  const closing = data.endedAt
    ? t.fill('closingWithTime', { time: formatClockTime(data.endedAt), role, issuer }, policy)
    : t.fill('closing', { role, issuer }, policy);
  return [t.fill('readBack', { role }, policy), closing];
}

export async function renderOralStatementRecord(
  data: OralStatementRecordData,
  policy: RenderPolicy,
): Promise<Buffer> {
  const t = documentTemplate('oral-statement-record');
  const common = administrativeTexts();
  const pdf = beginIssuedDocument({
    data,
    template: t,
    policy,
    title: t.entry('titles', data.kind),
  });
  drawParagraphs(pdf, factLines(data, t, policy));
  drawParagraphs(pdf, [t.fill('contentIntro', { kind: t.entry('kinds', data.kind) }, policy)]);
  drawParagraphs(
    pdf,
    data.content.split(/\r?\n/).filter((line) => line.trim() !== ''),
  );
  drawParagraphs(pdf, documentLines(data, t));
  drawParagraphs(pdf, closingLines(data, t, policy));
  drawSignatureRow(pdf, {
    left: {
      title: t.entry('roles', data.kind).toLocaleUpperCase('vi'),
      note: common.text('signOrFingerprintNote'),
      fingerprintLabel: common.text('fingerprintLabel'),
      name: data.person.fullName,
    },
    right: {
      title: t.text('officerRole'),
      note: common.text('signNote'),
      name: data.receivingOfficer.name,
    },
  });
  return pdf.finish();
}
