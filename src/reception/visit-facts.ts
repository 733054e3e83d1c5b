import { isHeadKind } from './domain/reception-kind';
import type { VisitFacts } from './domain/visit-rules';
import type { CreateVisitDto } from './dto/create-visit.dto';
import { isPresent, orNull } from './present';
import type { NewVisit, NewVisitDocument } from './visits.repository';

/** The facts the pure visit rules check, from a request (absent and null both mean "none"). */
export function visitFactsOf(
  dto: CreateVisitDto,
  at: { receivedAt: Date; visitOn: string; now: Date },
): VisitFacts {
  const hasSession = isPresent(dto.sessionId);
  return {
    receivedAt: at.receivedAt,
    now: at.now,
    kind: {
      kind: dto.receptionKind,
      visitOn: at.visitOn,
      // A head visit attached to a session takes the session's head when none is given.
      hasPresidingHead:
        isPresent(dto.presidingHead) || (hasSession && isHeadKind(dto.receptionKind)),
      hasSession,
    },
    group: {
      personsCount: dto.personsCount,
      isDelegation: dto.isDelegation,
      listedCount: dto.visitors.length,
      representatives: dto.representatives ?? [],
    },
    outcome: {
      outcome: dto.outcome,
      refusalGround: orNull(dto.refusalGround),
      refusalNotice: orNull(dto.refusalNotice),
      visitOn: at.visitOn,
      guidedTo: orNull(dto.guidedTo),
      guidanceReason: orNull(dto.guidanceReason),
      forwardedTo: orNull(dto.forwardedTo),
    },
    caseChoice: {
      caseId: orNull(dto.caseId),
      newCase: dto.newCase === true,
      hasRespondent: isPresent(dto.respondent) && dto.respondent.trim() !== '',
    },
  };
}

/** Columns of a new visit the service computes itself (book number, case, petition …). */
type ComputedColumns =
  | 'agencyId'
  | 'bookYear'
  | 'visitNo'
  | 'presidingHeadName'
  | 'presidingHeadTitle'
  | 'caseId'
  | 'isFirstTime'
  | 'petitionId';

/** The visit's own columns, straight from the request (absent as null). */
export function visitColumnsOf(
  dto: CreateVisitDto,
  at: { id: string; officerId: string; receivedAt: Date; visitOn: string },
): Omit<NewVisit, ComputedColumns> {
  const notice = orNull(dto.refusalNotice);
  return {
    id: at.id,
    receivedAt: at.receivedAt,
    visitOn: at.visitOn,
    receptionKind: dto.receptionKind,
    receivingOfficerId: at.officerId,
    sessionId: orNull(dto.sessionId),
    personsCount: dto.personsCount,
    isDelegation: dto.isDelegation,
    contentType: dto.contentType,
    field: dto.field,
    summary: dto.summary,
    earlierHandlingBody: orNull(dto.earlierHandlingBody),
    earlierDecisionNo: orNull(dto.earlierDecisionNo),
    outcome: dto.outcome,
    refusalGround: orNull(dto.refusalGround),
    refusalNoticeNo: notice && notice.number,
    refusalNoticeOn: notice && notice.issuedOn,
    guidedTo: orNull(dto.guidedTo),
    guidanceReason: orNull(dto.guidanceReason),
    forwardedTo: orNull(dto.forwardedTo),
    createdBy: at.officerId,
  };
}

/** The documents handed over, in the order given (absent fields as null). */
export function handedOverDocumentsOf(dto: CreateVisitDto): NewVisitDocument[] {
  return (dto.handedOverDocuments ?? []).map((d) => ({
    title: d.title,
    pages: orNull(d.pages),
    copies: orNull(d.copies),
    original: orNull(d.original),
    note: orNull(d.note),
  }));
}
