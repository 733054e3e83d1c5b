import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import { notFound } from '../common/errors/common-errors';
import { caseMessagesVi } from '../common/i18n/case-messages.vi';
import { nextRecordNumber } from '../database/record-number';
import type { CaseEntity } from './case.entity';
import { toCaseCandidate } from './case.mapper';
import { type CandidateViewer, CasesRepository, type NewCase } from './cases.repository';
import { formatCaseCode, yearOfLocalDate } from './domain/case-code';
import { type CaseField, type ContentType, isConfidentialContent } from './domain/case-enums';
import type { CaseCandidateDto } from './dto/case.response.dto';

export interface OpenCaseInput {
  agencyId: string;
  /** The legal date the matter was first raised (the visit's or petition's date). */
  openedOn: string;
  contentType: ContentType;
  field: CaseField;
  summary: string;
  respondent: string | null;
  personIds: readonly string[];
}

export interface CandidateQuery {
  agencyId: string;
  personIds: readonly string[];
  contentType?: ContentType | null;
  /** Who asks: a same-person match on a secret part is proposed only to whom may know it. */
  viewer: CandidateViewer;
  /** Reserved for the similarity ranking of the petitions issue; not used yet. */
  summary?: string | null;
  limit?: number;
}

const DEFAULT_CANDIDATES = 20;

/** Cases (vụ việc): open, read, group persons, and propose existing cases for a new record. */
@Injectable()
export class CasesService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly audit: AuditService,
  ) {}

  /** Opens a case with the next gapless code of its agency and year, in the caller's transaction. */
  async open(
    manager: EntityManager,
    ctx: ActionContext,
    input: OpenCaseInput,
  ): Promise<CaseEntity> {
    const year = yearOfLocalDate(input.openedOn);
    const serial = await nextRecordNumber(manager, {
      book: 'case',
      agencyId: input.agencyId,
      year,
    });
    const values = newCaseOf(input, formatCaseCode(year, serial), requireActor(ctx));
    const created = await this.cases.insert(manager, values, input.personIds);
    await this.audit.record(manager, {
      actorId: ctx.actor?.id ?? null,
      action: 'case.open',
      entityType: 'case',
      entityId: created.id,
      agencyId: created.agencyId,
      requestId: ctx.requestId,
      data: { code: created.code, contentType: created.contentType },
    });
    return created;
  }

  /** The case, or 404. */
  async get(id: string, manager?: EntityManager): Promise<CaseEntity> {
    const found = await this.cases.findById(id, manager);
    if (!found) throw notFound(caseMessagesVi.notFound);
    return found;
  }

  /** The case or null; with `lock`, its row stays locked until the caller's transaction ends. */
  find(id: string, options: { manager?: EntityManager; lock?: boolean } = {}) {
    const { manager, lock } = options;
    return lock && manager ? this.cases.lockById(manager, id) : this.cases.findById(id, manager);
  }

  /** Adds persons to the case (those already in it are kept once). */
  addPersons(manager: EntityManager, caseId: string, personIds: readonly string[]): Promise<void> {
    return this.cases.addPersons(manager, caseId, personIds);
  }

  /**
   * Cases of the agency raised by any of these persons that the viewer may be told of (a
   * denouncer's case only to a leader or the desk officer of their record): same type first.
   */
  async findCandidates(manager: EntityManager, q: CandidateQuery): Promise<CaseCandidateDto[]> {
    if (q.personIds.length === 0) return [];
    const rows = await this.cases.findCandidates(manager, {
      agencyId: q.agencyId,
      personIds: q.personIds,
      contentType: q.contentType ?? null,
      limit: q.limit ?? DEFAULT_CANDIDATES,
      viewer: q.viewer,
    });
    return rows.map(toCaseCandidate);
  }
}

/** The row of a new case: the input, its code and who opens it. */
export function newCaseOf(input: OpenCaseInput, code: string, createdBy: string): NewCase {
  return {
    agencyId: input.agencyId,
    code,
    openedOn: input.openedOn,
    contentType: input.contentType,
    field: input.field,
    summary: input.summary,
    respondent: input.respondent,
    isConfidential: isConfidentialContent(input.contentType),
    createdBy,
  };
}

function requireActor(ctx: ActionContext): string {
  if (!ctx.actor) throw new Error('A case is opened by an officer');
  return ctx.actor.id;
}
