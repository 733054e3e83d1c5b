import type { PersonRefDto } from '../persons/dto/person-ref.response.dto';
import type { VisitResponseDto, VisitVisitorDto } from './dto/visit.response.dto';
import type { VisitRow } from './visit-row.sql';

/**
 * Whitelist. Visitors come from IdentityService.readRefsForViewer: the pseudonym always, the
 * identity only where the vault allowed this viewer (and audited the read).
 */
export function toVisitResponse(
  v: VisitRow,
  refs: ReadonlyMap<string, PersonRefDto>,
): VisitResponseDto {
  return {
    id: v.id,
    agencyId: v.agencyId,
    bookYear: v.bookYear,
    visitNo: v.visitNo,
    receivedAt: new Date(v.receivedAt).toISOString(),
    visitOn: v.visitOn,
    receptionKind: v.receptionKind,
    receivingOfficerId: v.receivingOfficerId,
    presidingHead: presidingHeadOf(v),
    sessionId: v.sessionId,
    personsCount: v.personsCount,
    isDelegation: v.isDelegation,
    visitors: visitorsOf(v, refs),
    contentType: v.contentType,
    field: v.field,
    summary: v.summary,
    earlierHandlingBody: v.earlierHandlingBody,
    earlierDecisionNo: v.earlierDecisionNo,
    outcome: v.outcome,
    refusalGround: v.refusalGround,
    refusalNotice:
      v.refusalNoticeNo === null
        ? null
        : { number: v.refusalNoticeNo, issuedOn: v.refusalNoticeOn ?? '' },
    guidedTo: v.guidedTo,
    guidanceReason: v.guidanceReason,
    forwardedTo: v.forwardedTo,
    handedOverDocuments: v.handedOverDocuments.map(({ title, pages, copies, original, note }) => ({
      title,
      pages,
      copies,
      original,
      note,
    })),
    case: { id: v.caseId, code: v.caseCode },
    isFirstTime: v.isFirstTime,
    petition: petitionOf(v),
    createdBy: v.createdBy,
    version: v.version,
    createdAt: new Date(v.createdAt).toISOString(),
  };
}

function visitorsOf(v: VisitRow, refs: ReadonlyMap<string, PersonRefDto>): VisitVisitorDto[] {
  return v.visitors.map(({ personId, role, pseudonym, kind }) => {
    const visitor: VisitVisitorDto = { id: personId, pseudonym, kind, role };
    const identity = refs.get(personId)?.identity;
    if (identity) visitor.identity = identity;
    return visitor;
  });
}

function presidingHeadOf(v: VisitRow): VisitResponseDto['presidingHead'] {
  return v.presidingHeadName === null
    ? null
    : { name: v.presidingHeadName, title: v.presidingHeadTitle ?? '' };
}

function petitionOf(v: VisitRow): VisitResponseDto['petition'] {
  if (v.petitionId === null || v.petitionBookNo === null || v.petitionBookYear === null) {
    return null;
  }
  return {
    id: v.petitionId,
    bookYear: v.petitionBookYear,
    bookNo: v.petitionBookNo,
    handlingDueOn: v.petitionDueOn ?? '',
  };
}
