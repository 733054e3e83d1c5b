import type { PersonKind } from './domain/person-enums';
import type { PersonIdentity } from './domain/person-identity';
import type { IdentityAccessRequestResponseDto } from './dto/identity-access-request.response.dto';
import type { PersonIdentityDto, PersonRefDto } from './dto/person-ref.response.dto';
import type { AccessRequestView } from './identity-access-requests.repository';

/** Whitelist of the identity fields, one by one (nothing else of the vault row leaves it). */
export function toPersonIdentityDto(identity: PersonIdentity): PersonIdentityDto {
  return {
    fullName: identity.fullName,
    idType: identity.idType,
    idNumber: identity.idNumber,
    idIssuedOn: identity.idIssuedOn,
    idIssuedPlace: identity.idIssuedPlace,
    dateOfBirth: identity.dateOfBirth,
    address: identity.address,
    phone: identity.phone,
    email: identity.email,
  };
}

/**
 * A person for any response: `{ id, pseudonym, kind }`, plus `identity` only when one is given —
 * i.e. only when IdentityVault read it for this viewer (and audited the read).
 */
export function toPersonRef(
  person: { id: string; pseudonym: string; kind: PersonKind },
  identity: PersonIdentity | null,
): PersonRefDto {
  const ref: PersonRefDto = { id: person.id, pseudonym: person.pseudonym, kind: person.kind };
  if (identity) ref.identity = toPersonIdentityDto(identity);
  return ref;
}

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

export function toAccessRequestResponse(r: AccessRequestView): IdentityAccessRequestResponseDto {
  return {
    id: r.id,
    personId: r.personId,
    pseudonym: r.pseudonym,
    requesterId: r.requesterId,
    reason: r.reason,
    recordType: r.recordType,
    recordId: r.recordId,
    caseId: r.caseId,
    agencyId: r.agencyId,
    status: r.status,
    decidedBy: r.decidedBy,
    decidedAt: iso(r.decidedAt),
    decisionNote: r.decisionNote,
    expiresAt: iso(r.expiresAt),
    createdAt: new Date(r.createdAt).toISOString(),
    version: r.version,
  };
}
