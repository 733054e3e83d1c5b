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

/**
 * Column 3: the name, address and identity paper only when `identity` is given — the caller
 * never reads it for a confidential matter, so a denouncer is always their pseudonym here.
 */
function visitorOf(v: VisitRow, identity: PersonIdentityDto | null): BookVisitor {
  const person = primaryVisitor(v);
  const view = citizenView(person.pseudonym, identity);
  if (!identity) return { kind: 'confidential', pseudonym: person.pseudonym };
  return {
    kind: 'identified',
    name: view.displayName,
    ...(view.address ? { address: view.address } : {}),
    ...(view.identityDocument ? { identityDocument: view.identityDocument } : {}),
  };
}

/** One line of the Sổ tiếp công dân (DOMAIN.md §2.2). */
export function toBookRow(v: VisitRow, identity: PersonIdentityDto | null): ReceptionBookRow {
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
    visitor: visitorOf(v, identity),
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
