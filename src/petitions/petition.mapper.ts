import { toExplanationStep } from '../legal/legal.mapper';
import type { PersonRefDto } from '../persons/dto/person-ref.response.dto';
import { reportBucketOf } from './domain/handling-outcome';
import { outcomeTimeliness } from './domain/outcome-timeliness';
import { isOverdue } from './domain/petition-due';
import type {
  PetitionDeadlineDto,
  PetitionDeadlinesDto,
  PetitionEligibilityDto,
  PetitionOutcomeDto,
  PetitionResponseDto,
} from './dto/petition.response.dto';
import type { PetitionDeadline, ReceiptDeadlines } from './petition-deadlines.service';
import type { PetitionRow } from './petition-row.sql';

export interface PetitionView {
  /** From IdentityService.readRefsForViewer: identities only where the vault allowed them. */
  refs: ReadonlyMap<string, PersonRefDto>;
  today: string;
  /** The explained deadlines (detail view and POST reply); lists give the dates only. */
  explained?: ReceiptDeadlines;
}

function toDeadline(d: PetitionDeadline): PetitionDeadlineDto {
  return {
    dueOn: d.result.dueOn,
    totalDays: d.result.totalDays,
    rule: {
      key: d.rule.key,
      version: d.rule.version,
      title: d.rule.title,
      unit: d.result.unit,
      legalBasis: d.rule.legalBasis,
    },
    explanation: d.result.explanation.map(toExplanationStep),
    warnings: d.warnings,
  };
}

function deadlinesOf(p: PetitionRow, view: PetitionView): PetitionDeadlinesDto {
  const dto: PetitionDeadlinesDto = {
    dueOn: p.dueOn,
    isOverdue: isOverdue(p, view.today),
    handlingDueOn: p.handlingDueOn,
    checkDueOn: p.checkDueOn,
    checkExtended: p.checkExtended,
    transferDueOn: p.transferDueOn,
  };
  if (view.explained) {
    dto.handling = toDeadline(view.explained.handling);
    dto.check = view.explained.check ? toDeadline(view.explained.check) : null;
    dto.transfer = view.explained.transfer ? toDeadline(view.explained.transfer) : null;
  }
  return dto;
}

function outcomeOf(p: PetitionRow): PetitionOutcomeDto | null {
  if (p.outcome === null) return null;
  const timed = outcomeTimeliness(p);
  return {
    code: p.outcome,
    reportBucket: reportBucketOf({
      outcome: p.outcome,
      type: p.type,
      isEligible: p.isEligible,
      isInCompetence: p.isInCompetence,
    }),
    handledOn: p.handledOn,
    body: p.outcomeBody,
    notAcceptableGround: p.notAcceptableGround,
    note: p.outcomeNote,
    denouncerNotifiedOn: p.denouncerNotifiedOn,
    timeliness: timed?.timeliness ?? null,
    dueOn: timed?.dueOn ?? null,
    dueRule: timed?.rule ?? null,
  };
}

function eligibilityOf(p: PetitionRow): PetitionEligibilityDto | null {
  if (p.eligibility === null) return null;
  const items: Record<string, boolean> = {};
  for (const [item, answer] of Object.entries(p.eligibility)) {
    if (typeof answer === 'boolean') items[item] = answer;
  }
  return {
    items,
    isEligible: p.isEligible,
    isInCompetence: p.isInCompetence,
    resolutionStatus: p.resolutionStatus,
  };
}

function signatoriesOf(p: PetitionRow, refs: ReadonlyMap<string, PersonRefDto>): PersonRefDto[] {
  return p.signatories.map(({ personId, pseudonym, kind }) => {
    const ref: PersonRefDto = { id: personId, pseudonym, kind };
    const identity = refs.get(personId)?.identity;
    if (identity) ref.identity = identity;
    return ref;
  });
}

/** Whitelist of a petition's fields for every response. */
export function toPetitionResponse(p: PetitionRow, view: PetitionView): PetitionResponseDto {
  return {
    id: p.id,
    agencyId: p.agencyId,
    bookYear: p.bookYear,
    bookNo: p.bookNo,
    receivedOn: p.receivedOn,
    source: p.source,
    senderBody: p.senderBody,
    dispatchNo: p.dispatchNo,
    dispatchOn: p.dispatchOn,
    type: p.type,
    field: p.field,
    summary: p.summary,
    respondent: p.respondent,
    signatoryKind: p.signatoryKind,
    isAnonymous: p.isAnonymous,
    signatories: signatoriesOf(p, view.refs),
    case: { id: p.caseId, code: p.caseCode },
    visitId: p.visitId,
    parentId: p.parentId,
    partNo: p.partNo,
    status: p.status,
    outcome: outcomeOf(p),
    eligibility: eligibilityOf(p),
    deadlines: deadlinesOf(p, view),
    handlerId: p.handlerId,
    createdBy: p.createdBy,
    version: p.version,
    createdAt: new Date(p.createdAt).toISOString(),
  };
}

/** Person ids of the signatories of these rows, once each (one batched identity read). */
export const signatoryIdsOf = (rows: readonly PetitionRow[]): string[] => [
  ...new Set(rows.flatMap((r) => r.signatories.map((s) => s.personId))),
];
