/**
 * Data types shared by the document layouts. Layouts print exactly what they are given: the
 * CALLER decides which personal data a document may carry. In particular a denouncer's identity
 * (name, address, identity document, phone) may only be passed to documents that go to the
 * denouncer personally or to the confidential file (their own receipt, the record of their oral
 * statement); anything else that mentions a confidential denunciation gets a pseudonym
 * (Luật Tố cáo 2018 Điều 47; DOMAIN §5.6).
 */

/** A legal date 'YYYY-MM-DD' (local, no time zone). */
export type LocalDate = string;
/** A local clock time 'HH:mm'. */
export type ClockTime = string;

/** The body that issues the document: drives the NĐ 30/2020 header and the symbol. */
export interface DocumentIssuer {
  /** Cơ quan chủ quản in capitals, e.g. "UBND THÀNH PHỐ HÀ NỘI"; omit when there is none. */
  parent?: string;
  /** Issuing body in capitals, e.g. "THANH TRA THÀNH PHỐ". */
  name: string;
  /** The body as written inside sentences, e.g. "Thanh tra thành phố Hà Nội" (default: `name`). */
  nameInText?: string;
  /** Abbreviation in the symbol: "TTTP" gives "Số: 12/TB-TTTP". */
  abbreviation: string;
  /** Place of the date line, e.g. "Hà Nội" (commune documents: the commune's name). */
  place: string;
}

/** Common head of every issued document. */
export interface IssuedDocumentData {
  issuer: DocumentIssuer;
  /** Sequence number in the issuer's register for the year; absent: the place stays blank. */
  number?: number;
  /** Kept in no register (an internal slip, minutes): the header has no "Số:" line at all. */
  unnumbered?: true;
  /** Date of the document (the date line). */
  issuedOn: LocalDate;
}

/** The person who signs for the issuer (NĐ 30/2020 ô số 7). */
export interface Signer {
  /** Authority lines, e.g. ["KT. CHÁNH THANH TRA"] or ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]. */
  authority?: readonly string[];
  /** Title in capitals, e.g. "PHÓ CHÁNH THANH TRA". */
  title: string;
  name: string;
}

/** An officer named in a document (receiving officer). */
export interface Officer {
  name: string;
  /** Position as written in a sentence, e.g. "Chuyên viên Ban Tiếp công dân". */
  title: string;
}

/** An identity paper: CCCD, CMND, hộ chiếu. */
export interface IdentityDocument {
  /** As printed, e.g. "CCCD", "Hộ chiếu". */
  kind: string;
  number: string;
  issuedOn?: LocalDate;
  issuedBy?: string;
}

/** The citizen a document is addressed to or was received from. */
export interface CitizenRef {
  /** Full name (or, where the contract above requires, a pseudonym). */
  displayName: string;
  address?: string;
}
