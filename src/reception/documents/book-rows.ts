import { contentTypeLabelsVi } from '../../common/i18n/case-messages.vi';
import {
  receptionKindLabelsVi,
  refusalGroundLabelsVi,
  visitOutcomeLabelsVi,
} from '../../common/i18n/reception-labels.vi';
import { receptionDocumentTextsVi as texts } from '../../common/i18n/reception-messages.vi';
import { formatVietnameseDate } from '../../legal/domain/local-date';
import type { PersonIdentityDto } from '../../persons/dto/person-ref.response.dto';
import type { BookVisitor, ReceptionBookRow } from '../../reports';
import { VisitorRole } from '../domain/reception-enums';
import type { VisitRow } from '../visit-row.sql';
import { citizenView, primaryVisitor } from './citizen-view';
import { clockTimeOf } from './visit-documents';

/** Hướng xử lý with where to, or on which ground (DOMAIN.md §2.2 column 7). */
function handlingOf(v: VisitRow): string {
  const label = visitOutcomeLabelsVi[v.outcome];
  const detail =
    v.guidedTo ??
    v.forwardedTo ??
    (v.refusalGround ? refusalGroundLabelsVi[v.refusalGround] : null);
  return detail ? texts.handlingWith(label, detail) : label;
}

/** Identities the viewer may read, by person id (absent or null: the pseudonym is shown). */
export type BookIdentities = ReadonlyMap<string, PersonIdentityDto | null>;

/**
 * The persons column 3 names (DOMAIN.md §2.2): every representative of a delegation, else the
 * first listed visitor.
 */
export function bookVisitorsOf(v: VisitRow): VisitRow['visitors'] {
  const representatives = v.visitors.filter((p) => p.role === VisitorRole.Representative);
  return representatives.length > 0 ? representatives : [primaryVisitor(v)];
}

/**
 * One of several representatives on one line, in the order of the column's header (Họ tên – địa
 * chỉ – số CMND/CCCD/Hộ chiếu), or the pseudonym.
 */
function representativeLine(pseudonym: string, identity: PersonIdentityDto | null): string {
  const view = citizenView(pseudonym, identity);
  const paper = view.identityDocument;
  return [view.displayName, view.address, paper ? `${paper.kind} ${paper.number}` : undefined]
    .filter((part): part is string => Boolean(part))
    .join(' – ');
}

/**
 * Column 3: names, addresses and identity papers only where `identities` holds them — the caller
 * never reads them for a confidential matter, so a denouncer is always their pseudonym here. A
 * delegation lists all its representatives, one per line (its head count is in column 5).
 */
function visitorOf(v: VisitRow, identities: BookIdentities): BookVisitor {
  const persons = bookVisitorsOf(v);
  const identityOf = (personId: string) => identities.get(personId) ?? null;
  if (persons.every((p) => identityOf(p.personId) === null)) {
    return { kind: 'confidential', pseudonym: persons.map((p) => p.pseudonym).join('\n') };
  }
  const [only] = persons;
  if (persons.length > 1 || !only) {
    const lines = persons.map((p) => representativeLine(p.pseudonym, identityOf(p.personId)));
    return { kind: 'identified', name: lines.join('\n') };
  }
  const view = citizenView(only.pseudonym, identityOf(only.personId));
  return {
    kind: 'identified',
    name: view.displayName,
    ...(view.address ? { address: view.address } : {}),
    ...(view.identityDocument ? { identityDocument: view.identityDocument } : {}),
  };
}

/** One line of the Sổ tiếp công dân (DOMAIN.md §2.2). */
export function toBookRow(v: VisitRow, identities: BookIdentities): ReceptionBookRow {
  const earlier = v.earlierHandlingBody
    ? texts.earlierHandling(v.earlierHandlingBody, v.earlierDecisionNo)
    : undefined;
  const followUp =
    v.petitionBookNo !== null && v.petitionBookYear !== null && v.petitionDueOn !== null
      ? texts.petitionFollowUp(
          v.petitionBookNo,
          v.petitionBookYear,
          formatVietnameseDate(v.petitionDueOn),
        )
      : undefined;
  return {
    no: v.visitNo,
    receivedOn: v.visitOn,
    receivedAt: clockTimeOf(v.receivedAt),
    visitor: visitorOf(v, identities),
    content: v.summary,
    classification: contentTypeLabelsVi[v.contentType],
    personsCount: v.personsCount,
    isGroup: v.isDelegation,
    ...(earlier ? { previousHandling: earlier } : {}),
    handling: handlingOf(v),
    ...(followUp ? { followUp } : {}),
    note: `${receptionKindLabelsVi[v.receptionKind]}; ${v.isFirstTime ? texts.firstTime : texts.repeat}`,
  };
}
