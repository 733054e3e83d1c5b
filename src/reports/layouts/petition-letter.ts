import { formatLongDate } from '../format/administrative-date';
import type { RenderPolicy } from '../render-policy';
import type { DocumentTemplate } from '../templates/document-template';
import type { CitizenRef, IssuedDocumentData, LocalDate, Signer } from './document-types';
import { issuerInText } from './issued-document';

/** The petition a document is about: its number in the book, receipt date and summary. */
export interface PetitionRef {
  bookNo: number;
  bookYear: number;
  receivedOn: LocalDate;
  summary: string;
}

/**
 * What every document of petition handling (xử lý đơn) carries. `petitioner` is the name and
 * address, or the pseudonym alone where the document may not name the person (a denunciation's
 * transfer slip, urging letter and proposal: Luật Tố cáo 2018 Điều 47, 56) — the caller decides.
 */
export interface PetitionLetterData extends IssuedDocumentData {
  petition: PetitionRef;
  petitioner: CitizenRef;
  signer: Signer;
  /** Extra "Nơi nhận" lines; archive suffix, e.g. "TTr". */
  recipients?: readonly string[];
  archive?: string;
}

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The placeholders every petition document template shares. */
export function petitionValues(data: PetitionLetterData): Record<string, string> {
  return {
    issuer: issuerInText(data.issuer),
    date: capitalise(formatLongDate(data.petition.receivedOn)),
    bookNo: String(data.petition.bookNo),
    bookYear: String(data.petition.bookYear),
    summary: data.petition.summary,
    name: data.petitioner.displayName,
  };
}

/** "Ngày …, X nhận được đơn của …", the address when given, and the content. */
export function receivedParagraphs(
  data: PetitionLetterData,
  t: DocumentTemplate,
  policy: RenderPolicy,
): string[] {
  const values = petitionValues(data);
  const paragraphs = [t.fill('received', values, policy)];
  if (data.petitioner.address) {
    paragraphs.push(t.fill('address', { address: data.petitioner.address }, policy));
  }
  paragraphs.push(t.fill('content', values, policy));
  return paragraphs;
}
