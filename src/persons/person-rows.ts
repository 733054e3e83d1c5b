import type { PersonAccessFacts, RecordLinkFacts } from './domain/identity-access';
import type { PersonKind, PersonRecordType } from './domain/person-enums';
import type { SealedIdentity } from './identity-cipher';
import type { PersonLinkInput } from './person-inputs';

// The shapes PersonsRepository reads and writes.

/** A record an identity is read for (the screen it is shown on). */
export interface RecordRef {
  recordType: PersonRecordType;
  recordId: string;
}

/** The person's link to one of the records asked about. */
export interface RecordLinkRow extends RecordLinkFacts, RecordRef {}

/** What the vault needs to decide on one person: the person and its access facts for a viewer. */
export interface PersonAccessRow extends PersonAccessFacts {
  id: string;
  kind: PersonKind;
  pseudonym: string;
  /** The person's links to the records asked about (empty when none was asked). */
  recordLinks: RecordLinkRow[];
}

export interface NewPersonRow {
  id: string;
  kind: PersonKind;
  pseudonym: string;
  agencyId: string;
  createdBy: string | null;
}

export interface SealedIdentityRow extends SealedIdentity {
  personId: string;
}

/** A link as stored: PersonsService.link's input with its defaults applied. */
export type PersonLinkRow = Omit<PersonLinkInput, 'isConfidential' | 'caseId'> & {
  isConfidential: boolean;
  caseId: string | null;
};

export interface AccessFactsQuery {
  personIds: readonly string[];
  viewerId: string;
  /** (person, record) pairs whose links to fetch as well. */
  records: readonly (RecordRef & { personId: string })[];
  /** Grants that expired before this are left out. */
  now: Date;
}
