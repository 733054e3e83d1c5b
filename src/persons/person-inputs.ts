import type { PersonIdentityInput } from './domain/identity-rules';
import type { PersonKind, PersonRecordType, PersonRole } from './domain/person-enums';

export type { PersonIdentityInput } from './domain/identity-rules';

/** What `PersonsService.register` takes: the identity, the kind and (optionally) the agency. */
export interface RegisterPersonInput extends PersonIdentityInput {
  kind: PersonKind;
  /** The recording agency; defaults to the acting officer's. Required without an officer. */
  agencyId?: string;
}

export interface RegisteredPerson {
  id: string;
  pseudonym: string;
  kind: PersonKind;
}

/** A person's part in a record: who handles the record decides who reads the identity. */
export interface PersonLinkInput {
  personId: string;
  recordType: PersonRecordType;
  recordId: string;
  /** The record's agency. */
  agencyId: string;
  /** The officer who recorded or handles the record (null: nobody yet). */
  officerId: string | null;
  role: PersonRole;
  /** Denunciation content; forced to true for the role `denouncer`. */
  isConfidential?: boolean;
  /** The record's case, when known: an access grant for that case then covers this link. */
  caseId?: string | null;
}
