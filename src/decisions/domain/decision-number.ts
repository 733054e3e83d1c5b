import { decisionErrors } from './decision-errors';

// Số, ký hiệu of an administrative document (NĐ 30/2020/NĐ-CP, Phụ lục I; DOMAIN §8.2): the number
// is the document's order in the agency's register for the year (restarting on 1 January), in
// Arabic digits with a leading zero below 10; the symbol is the abbreviation of the document type,
// a hyphen and the abbreviation of the issuer: "Số: 05/QĐ-TTTP". Only legal normative documents
// print the year ("05/2026/NĐ-CP"); resolution decisions do not.

export enum DocumentType {
  Decision = 'decision',
  Notice = 'notice',
  Conclusion = 'conclusion',
  Report = 'report',
  Minutes = 'minutes',
  Plan = 'plan',
  Invitation = 'invitation',
  TransferSlip = 'transfer_slip',
  Submission = 'submission',
  /** Văn bản đôn đốc (petition handling, TT 05/2021/TT-TTCP). */
  UrgingLetter = 'urging_letter',
  /** Phiếu hướng dẫn (văn bản hướng dẫn) of a petition outside competence (TT 05/2021/TT-TTCP). */
  GuidanceSlip = 'guidance_slip',
}

export const DOCUMENT_TYPES: readonly DocumentType[] = Object.values(DocumentType);

/** NĐ 30/2020 Phụ lục III (type abbreviations); "KL" for Kết luận is TTCP usage [M]. */
export const DOCUMENT_TYPE_ABBREVIATIONS: Readonly<Record<DocumentType, string>> = {
  [DocumentType.Decision]: 'QĐ',
  [DocumentType.Notice]: 'TB',
  [DocumentType.Conclusion]: 'KL',
  [DocumentType.Report]: 'BC',
  [DocumentType.Minutes]: 'BB',
  [DocumentType.Plan]: 'KH',
  [DocumentType.Invitation]: 'GM',
  [DocumentType.TransferSlip]: 'PC',
  [DocumentType.Submission]: 'TTr',
  // Local symbols, as the templates print them (templates/documents/petition-urging, guidance-slip)
  [DocumentType.UrgingLetter]: 'ĐĐ',
  [DocumentType.GuidanceSlip]: 'PHD',
};

/** Capitals (with Đ) and digits, in hyphen-separated parts: UBND, TTTP, TTCP, UBND-TCD. */
export const ISSUER_ABBREVIATION_PATTERN = /^[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*$/;

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

function checkInputs(seq: number, year: number, docType: DocumentType, issuer: string): void {
  if (!Number.isInteger(seq) || seq < 1) throw decisionErrors.numberInvalid('sequence');
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw decisionErrors.numberInvalid('year');
  }
  if (!DOCUMENT_TYPES.includes(docType)) throw decisionErrors.numberInvalid('docType');
  if (!ISSUER_ABBREVIATION_PATTERN.test(issuer)) throw decisionErrors.numberInvalid('issuerAbbrev');
}

/**
 * "05/QĐ-TTTP": `seq` is the gapless number in the issuer's register for `year` (allocated by the
 * database); the year is checked but not printed. Bad input is a 400 naming the argument.
 */
export function decisionNumberSymbol(
  seq: number,
  year: number,
  docType: DocumentType,
  issuerAbbrev: string,
): string {
  checkInputs(seq, year, docType, issuerAbbrev);
  const number = String(seq).padStart(2, '0'); // NĐ 30/2020 Phụ lục I: số nhỏ hơn 10 ghi thêm số 0
  return `${number}/${DOCUMENT_TYPE_ABBREVIATIONS[docType]}-${issuerAbbrev}`;
}
