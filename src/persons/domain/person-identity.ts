import { ID_TYPES, type IdType } from './person-enums';

/** The identity fields of a person: what the vault keeps encrypted (DOMAIN.md §2.2 column 3). */
export interface PersonIdentity {
  fullName: string;
  idType: IdType | null;
  /** Normalised (see normaliseIdNumber). */
  idNumber: string | null;
  idIssuedOn: string | null;
  idIssuedPlace: string | null;
  dateOfBirth: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
}

export type IdentityField = keyof PersonIdentity;

export const IDENTITY_FIELDS: readonly IdentityField[] = [
  'fullName',
  'idType',
  'idNumber',
  'idIssuedOn',
  'idIssuedPlace',
  'dateOfBirth',
  'address',
  'phone',
  'email',
];

/** The names (never the values) of the fields that hold something: for audit rows. */
export function presentFields(identity: PersonIdentity): IdentityField[] {
  return IDENTITY_FIELDS.filter((field) => identity[field] !== null);
}

const PAYLOAD_VERSION = 1;
/** Plaintexts are padded to a multiple of this many bytes, so a ciphertext's length says little. */
const PAD_BYTES = 256;

/**
 * The plaintext sealed for one person: the fields plus the person's id (so a ciphertext copied to
 * another row does not open there), padded with spaces (JSON ignores trailing whitespace).
 */
export function serialiseIdentity(personId: string, identity: PersonIdentity): string {
  const fields = Object.fromEntries(IDENTITY_FIELDS.map((f) => [f, identity[f]]));
  const json = JSON.stringify({ v: PAYLOAD_VERSION, p: personId, f: fields });
  const bytes = Buffer.byteLength(json, 'utf8');
  return json.padEnd(json.length + ((PAD_BYTES - (bytes % PAD_BYTES)) % PAD_BYTES), ' ');
}

const stringOrNull = (value: unknown): value is string | null =>
  value === null || typeof value === 'string';

/** The inverse of serialiseIdentity; throws when the payload is not this person's. */
export function parseIdentity(personId: string, plaintext: string): PersonIdentity {
  const parsed = JSON.parse(plaintext) as { v?: unknown; p?: unknown; f?: unknown };
  if (parsed.v !== PAYLOAD_VERSION || parsed.p !== personId) {
    throw new Error('Identity payload does not belong to this person');
  }
  const f = (parsed.f ?? {}) as Record<string, unknown>;
  const wellFormed =
    typeof f.fullName === 'string' &&
    IDENTITY_FIELDS.every((field) => stringOrNull(f[field])) &&
    (f.idType === null || ID_TYPES.includes(f.idType as IdType));
  if (!wellFormed) throw new Error('Malformed identity payload');
  // Checked just above: fullName is a string, idType a known type or null, the rest string | null.
  const s = (field: IdentityField) => f[field] as string | null;
  return {
    fullName: f.fullName as string,
    idType: f.idType as IdType | null,
    idNumber: s('idNumber'),
    idIssuedOn: s('idIssuedOn'),
    idIssuedPlace: s('idIssuedPlace'),
    dateOfBirth: s('dateOfBirth'),
    address: s('address'),
    phone: s('phone'),
    email: s('email'),
  };
}
