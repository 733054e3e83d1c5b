import { receptionDocumentTextsVi as texts } from '../../common/i18n/reception-messages.vi';
import type { IdType } from '../../persons/domain/person-enums';
import type { PersonIdentityDto } from '../../persons/dto/person-ref.response.dto';
import type { IdentityDocument } from '../../reports';
import { VisitorRole } from '../domain/reception-enums';
import type { VisitRow } from '../visit-row.sql';

/** How one person appears on a document: the identity where allowed, else the pseudonym alone. */
export interface CitizenView {
  displayName: string;
  address?: string;
  phone?: string;
  identityDocument?: IdentityDocument;
}

/** The person a document is about: the first representative, else the first listed visitor. */
export function primaryVisitor(visit: VisitRow): VisitRow['visitors'][number] {
  const first =
    visit.visitors.find((v) => v.role === VisitorRole.Representative) ?? visit.visitors[0];
  if (!first) throw new Error(`Visit ${visit.id} has no listed visitor`);
  return first;
}

const ID_DOCUMENT_KINDS: Readonly<Record<IdType, string>> = texts.idDocumentKinds;

function identityDocumentOf(identity: PersonIdentityDto): IdentityDocument | undefined {
  if (!identity.idNumber || !identity.idType) return undefined;
  return {
    kind: ID_DOCUMENT_KINDS[identity.idType],
    number: identity.idNumber,
    ...(identity.idIssuedOn ? { issuedOn: identity.idIssuedOn } : {}),
    ...(identity.idIssuedPlace ? { issuedBy: identity.idIssuedPlace } : {}),
  };
}

/** Whitelist: name, address, phone and identity paper, only from an identity the vault gave. */
export function citizenView(pseudonym: string, identity: PersonIdentityDto | null): CitizenView {
  if (!identity) return { displayName: pseudonym };
  const paper = identityDocumentOf(identity);
  return {
    displayName: identity.fullName,
    ...(identity.address ? { address: identity.address } : {}),
    ...(identity.phone ? { phone: identity.phone } : {}),
    ...(paper ? { identityDocument: paper } : {}),
  };
}
