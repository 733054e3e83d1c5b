import { formatShortDate } from '../format/administrative-date';
import { formatInteger } from '../format/vi-number';
import type { RenderPolicy } from '../render-policy';
import { documentTemplate, type DocumentTemplate } from '../templates/document-template';
import type { ClockTime, DocumentIssuer, IdentityDocument, LocalDate } from './document-types';
import { identityDocumentText } from './issued-document';

/**
 * Column 3 of the book. For a denunciation the caller MUST pass `confidential` with a pseudonym
 * (the book is read by every reception officer and by inspections); `identified` is for
 * complaints, requests and feedback only.
 */
export type BookVisitor =
  | {
      kind: 'identified';
      name: string;
      address?: string;
      identityDocument?: IdentityDocument;
    }
  | { kind: 'confidential'; pseudonym: string };

/** One visit, in the columns of the Sổ tiếp công dân (DOMAIN §2.2). */
export interface ReceptionBookRow {
  /** STT: running number in the book. */
  no: number;
  receivedOn: LocalDate;
  receivedAt?: ClockTime;
  visitor: BookVisitor;
  /** Nội dung vụ việc (a summary). */
  content: string;
  /** Phân loại đơn, as a label, e.g. "Khiếu nại". */
  classification: string;
  personsCount: number;
  /** Đoàn đông người. */
  isGroup?: boolean;
  /** Cơ quan đã giải quyết (earlier handling), e.g. "UBND quận Ba Đình, QĐ số 12/QĐ-UBND". */
  previousHandling?: string;
  /** Hướng xử lý, as a label, e.g. "Hướng dẫn bằng văn bản". */
  handling: string;
  followUp?: string;
  note?: string;
}

export interface ReceptionBookMeta {
  issuer: Pick<DocumentIssuer, 'parent' | 'name' | 'place'>;
  period: { from: LocalDate; to: LocalDate };
  /** Adds the place-and-date line of the print. */
  printedOn?: LocalDate;
}

export type BookColumnKey =
  | 'no'
  | 'receivedOn'
  | 'visitor'
  | 'content'
  | 'classification'
  | 'persons'
  | 'previousHandling'
  | 'handling'
  | 'followUp'
  | 'note';

export function receptionBookTemplate(): DocumentTemplate {
  return documentTemplate('reception-book');
}

/** Name, address and identity paper on separate lines, or the pseudonym alone. */
export function visitorText(visitor: BookVisitor, policy: RenderPolicy): string {
  if (visitor.kind === 'confidential') {
    return visitor.pseudonym;
  }
  const lines = [visitor.name];
  if (visitor.address) {
    lines.push(visitor.address);
  }
  if (visitor.identityDocument) {
    lines.push(identityDocumentText(visitor.identityDocument, policy));
  }
  return lines.join('\n');
}

function personsText(row: ReceptionBookRow, t: DocumentTemplate, policy: RenderPolicy): string {
  const persons = t.fill('persons', { count: formatInteger(row.personsCount) }, policy);
  return row.isGroup ? `${persons}\n${t.text('group')}` : persons;
}

function receivedText(row: ReceptionBookRow, t: DocumentTemplate, policy: RenderPolicy): string {
  const date = formatShortDate(row.receivedOn);
  return row.receivedAt ? `${date}\n${t.fill('time', { time: row.receivedAt }, policy)}` : date;
}

export interface BookCellContext {
  template: DocumentTemplate;
  policy: RenderPolicy;
}

type CellText = (row: ReceptionBookRow, context: BookCellContext) => string;

const CELL_TEXT: Readonly<Record<BookColumnKey, CellText>> = {
  no: (row) => formatInteger(row.no),
  receivedOn: (row, c) => receivedText(row, c.template, c.policy),
  visitor: (row, c) => visitorText(row.visitor, c.policy),
  content: (row) => row.content,
  classification: (row, c) => `${row.classification}\n${personsText(row, c.template, c.policy)}`,
  persons: (row, c) => personsText(row, c.template, c.policy),
  previousHandling: (row) => row.previousHandling ?? '',
  handling: (row) => row.handling,
  followUp: (row) => row.followUp ?? '',
  note: (row) => row.note ?? '',
};

const KEYS: ReadonlySet<string> = new Set(Object.keys(CELL_TEXT));

/** The text of one cell as the PDF book prints it. */
export function bookCellText(
  row: ReceptionBookRow,
  key: BookColumnKey,
  context: BookCellContext,
): string {
  return CELL_TEXT[key](row, context);
}

export function isBookColumnKey(key: string): key is BookColumnKey {
  return KEYS.has(key);
}
