/** Who a person record stands for (DESIGN.md §2 Person). Labels: common/i18n/person-messages.vi.ts. */
export enum PersonKind {
  Citizen = 'citizen',
  Organisation = 'organisation',
}

/** The identity document shown at the desk (DOMAIN.md §2.2, column 3 of the reception book). */
export enum IdType {
  /** Căn cước / căn cước công dân: the 12-digit personal identification number. */
  Cccd = 'cccd',
  /** Chứng minh nhân dân: 9 digits, or 12 digits on the later cards. */
  Cmnd = 'cmnd',
  Passport = 'passport',
  /** Mã số thuế: organisations only. */
  TaxCode = 'tax_code',
}

/** What a person is to a record (a visit, a petition …). */
export enum PersonRole {
  Visitor = 'visitor',
  Representative = 'representative',
  Member = 'member',
  Petitioner = 'petitioner',
  Denouncer = 'denouncer',
}

/** The kinds of record a person can be linked to (DESIGN.md §3: reception, petitions, cases …). */
export enum PersonRecordType {
  Visit = 'visit',
  Petition = 'petition',
  Case = 'case',
  Complaint = 'complaint',
  Denunciation = 'denunciation',
}

export const PERSON_KINDS: readonly PersonKind[] = Object.values(PersonKind);
export const ID_TYPES: readonly IdType[] = Object.values(IdType);
export const PERSON_ROLES: readonly PersonRole[] = Object.values(PersonRole);
export const PERSON_RECORD_TYPES: readonly PersonRecordType[] = Object.values(PersonRecordType);
