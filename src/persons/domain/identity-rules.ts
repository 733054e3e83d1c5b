import { isValidIdNumber, normaliseIdNumber } from './identity-number';
import { IdType, PersonKind } from './person-enums';
import type { PersonViolation } from './person-errors';
import type { PersonIdentity } from './person-identity';

/** Identity as another module or the desk supplies it: blanks and missing fields mean "unknown". */
export interface PersonIdentityInput {
  fullName: string;
  idType?: IdType | null;
  idNumber?: string | null;
  idIssuedOn?: string | null;
  idIssuedPlace?: string | null;
  dateOfBirth?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
}

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** Trimmed fields, blanks as null, the ID number normalised (what the vault stores). */
export function normaliseIdentity(input: PersonIdentityInput): PersonIdentity {
  const idNumber = text(input.idNumber);
  return {
    fullName: input.fullName.trim(),
    idType: input.idType ?? null,
    idNumber: idNumber === null ? null : normaliseIdNumber(idNumber),
    idIssuedOn: text(input.idIssuedOn),
    idIssuedPlace: text(input.idIssuedPlace),
    dateOfBirth: text(input.dateOfBirth),
    address: text(input.address),
    phone: text(input.phone),
    email: text(input.email),
  };
}

function documentViolations(kind: PersonKind, id: PersonIdentity): PersonViolation[] {
  if (id.idType === null && id.idNumber === null) return [];
  if (id.idType === null) return [{ field: 'idType', rule: 'idTypeRequired' }];
  if (id.idNumber === null) return [{ field: 'idNumber', rule: 'idNumberRequired' }];
  const out: PersonViolation[] = [];
  if (id.idType === IdType.TaxCode && kind !== PersonKind.Organisation) {
    out.push({ field: 'idType', rule: 'taxCodeForOrganisation' });
  }
  if (!isValidIdNumber(id.idType, id.idNumber)) out.push({ field: 'idNumber', rule: 'format' });
  return out;
}

/** Dates are YYYY-MM-DD (checked by the DTO), so text order is date order. */
function dateViolations(id: PersonIdentity, today: string): PersonViolation[] {
  const out: PersonViolation[] = [];
  if (id.dateOfBirth !== null && id.dateOfBirth > today) {
    out.push({ field: 'dateOfBirth', rule: 'inFuture' });
  }
  if (id.idIssuedOn !== null && id.idIssuedOn > today) {
    out.push({ field: 'idIssuedOn', rule: 'inFuture' });
  }
  if (id.idIssuedOn !== null && id.dateOfBirth !== null && id.idIssuedOn < id.dateOfBirth) {
    out.push({ field: 'idIssuedOn', rule: 'beforeBirth' });
  }
  return out;
}

/**
 * Every broken rule of a normalised identity (DOMAIN.md §2.2: name, address and the ID document
 * with its issue date and place). `today` is the local date in Việt Nam.
 */
export function identityViolations(
  kind: PersonKind,
  identity: PersonIdentity,
  today: string,
): PersonViolation[] {
  const name = identity.fullName === '' ? [{ field: 'fullName', rule: 'required' as const }] : [];
  return [...name, ...documentViolations(kind, identity), ...dateViolations(identity, today)];
}
