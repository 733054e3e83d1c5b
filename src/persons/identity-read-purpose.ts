import type { PersonRecordType } from './domain/person-enums';

/** Why an identity is being read: written to the audit row of the read (never the values). */
export interface IdentityReadPurpose {
  /** Short code of the screen or use, e.g. `person.view`, `visit.view`. */
  purpose: string;
  /**
   * The record on whose screen the identity is shown (both or neither). It decides the right
   * when it is confidential (DESIGN.md §7): always pass it when there is one.
   */
  recordType?: PersonRecordType;
  recordId?: string;
  /** The HTTP request id, for the audit row. */
  requestId?: string | null;
}

/** A person shown on one record's screen (one row of a list). */
export interface PersonOnRecord {
  personId: string;
  recordType: PersonRecordType;
  recordId: string;
}
