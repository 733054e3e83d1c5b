import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import type { CaseEntity } from '../cases/case.entity';
import { CasesService } from '../cases/cases.service';
import { isConfidentialContent } from '../cases/domain/case-enums';
import { nextRecordNumber } from '../database/record-number';
import { PetitionIntakeService } from '../petitions/petition-intake.service';
import { VisitOutcome } from './domain/reception-enums';
import {
  ReceptionErrorCode as E,
  receptionError,
  throwIfViolated,
  violation,
} from './domain/reception-errors';
import { checkSessionMatch } from './domain/reception-kind';
import { visitorRoles } from './domain/visitors';
import type { CreateVisitDto } from './dto/create-visit.dto';
import { ReceptionSessionsRepository } from './reception-sessions.repository';
import { handedOverDocumentsOf, visitColumnsOf } from './visit-facts';
import { VisitVisitorsService } from './visit-visitors.service';
import { VisitsRepository } from './visits.repository';

/** One new visit being written: the request, who writes it, and what was computed before. */
export interface VisitDraft {
  dto: CreateVisitDto;
  ctx: ActionContext;
  actor: AuthenticatedOfficer;
  visitId: string;
  receivedAt: Date;
  visitOn: string;
  /** The actor's scope (null = all agencies). */
  scope: string[] | null;
}

/**
 * The rows of a new visit, in ONE transaction: visitors (found or registered) and their links,
 * the case (found and locked, or opened), first-time/repeat, the petition for "received for
 * handling", the book number, the visit, the documents handed over and its audit row.
 */
@Injectable()
export class VisitWriter {
  constructor(
    private readonly visits: VisitsRepository,
    private readonly sessions: ReceptionSessionsRepository,
    private readonly visitors: VisitVisitorsService,
    private readonly cases: CasesService,
    private readonly petitions: PetitionIntakeService,
    private readonly audit: AuditService,
  ) {}

  /** Every row of the visit, in the caller's transaction. */
  async write(manager: EntityManager, d: VisitDraft): Promise<void> {
    const presidingHead = await this.presidingHead(manager, d);
    const existing = d.dto.caseId ? await this.existingCase(manager, d, d.dto.caseId) : null;
    const personIds = await this.visitors.resolve(manager, d.ctx, d.dto.visitors);
    const { caseId, isFirstTime } = await this.caseOf(manager, d, existing, personIds);
    const petitionId = await this.petitionFor(manager, d, caseId, personIds);
    const bookYear = Number(d.visitOn.slice(0, 4));
    const book = { book: 'reception_visit' as const, agencyId: d.actor.agencyId, year: bookYear };
    const visitNo = await nextRecordNumber(manager, book);
    const at = {
      id: d.visitId,
      officerId: d.actor.id,
      receivedAt: d.receivedAt,
      visitOn: d.visitOn,
    };
    await this.visits.insert(manager, {
      ...visitColumnsOf(d.dto, at),
      agencyId: d.actor.agencyId,
      bookYear,
      visitNo,
      presidingHeadName: presidingHead?.name ?? null,
      presidingHeadTitle: presidingHead?.title ?? null,
      caseId,
      isFirstTime,
      petitionId,
    });
    await this.writeVisitors(manager, d, { caseId, personIds });
    await this.visits.insertDocuments(manager, d.visitId, handedOverDocumentsOf(d.dto));
    const summary = { visitNo, bookYear, caseId, isFirstTime, petitionId };
    await this.auditVisit(manager, d, summary);
  }

  /** The case (the existing one gains the visitors; else a new one) and first time or repeat. */
  private async caseOf(
    manager: EntityManager,
    d: VisitDraft,
    existing: CaseEntity | null,
    personIds: string[],
  ): Promise<{ caseId: string; isFirstTime: boolean }> {
    if (!existing) {
      const opened = await this.openCase(manager, d, personIds);
      return { caseId: opened.id, isFirstTime: true };
    }
    await this.cases.addPersons(manager, existing.id, personIds);
    const seen = await this.visits.hasVisitOfCase(manager, existing.id, d.actor.agencyId);
    return { caseId: existing.id, isFirstTime: !seen };
  }

  private auditVisit(manager: EntityManager, d: VisitDraft, data: Record<string, unknown>) {
    return this.audit.record(manager, {
      actorId: d.actor.id,
      action: 'reception_visit.create',
      entityType: 'reception_visit',
      entityId: d.visitId,
      agencyId: d.actor.agencyId,
      requestId: d.ctx.requestId,
      data: { ...data, kind: d.dto.receptionKind, outcome: d.dto.outcome },
    });
  }

  /** The given presiding head, or the head of the session the visit attaches to (checked). */
  private async presidingHead(manager: EntityManager, d: VisitDraft) {
    if (!d.dto.sessionId) return d.dto.presidingHead ?? null;
    const session = await this.sessions.findById(d.dto.sessionId, manager);
    const visit = { agencyId: d.actor.agencyId, visitOn: d.visitOn };
    throwIfViolated(checkSessionMatch(session, visit));
    return d.dto.presidingHead ?? { name: session!.headName, title: session!.headTitle };
  }

  /** An existing case in the viewer's scope, locked (its visits are counted one at a time). */
  private async existingCase(manager: EntityManager, d: VisitDraft, caseId: string) {
    const found = await this.cases.find(caseId, { manager, lock: true });
    if (!found || (d.scope !== null && !d.scope.includes(found.agencyId))) {
      throw receptionError(violation(E.CaseInvalid, 'caseId', 'caseUnknown'));
    }
    // a merged case takes no new records: they go to the case it was merged into (as petitions)
    if (found.mergedIntoId !== null) {
      throw receptionError(violation(E.CaseInvalid, 'caseId', 'caseMerged'));
    }
    return found;
  }

  private openCase(
    manager: EntityManager,
    d: VisitDraft,
    personIds: string[],
  ): Promise<CaseEntity> {
    return this.cases.open(manager, d.ctx, {
      agencyId: d.actor.agencyId,
      openedOn: d.visitOn,
      contentType: d.dto.contentType,
      field: d.dto.field,
      summary: d.dto.summary,
      respondent: d.dto.respondent ?? null,
      personIds,
    });
  }

  /** DOMAIN.md §2.5: "received for handling" creates the petition record (D1 due date). */
  private async petitionFor(
    manager: EntityManager,
    d: VisitDraft,
    caseId: string,
    personIds: string[],
  ) {
    if (d.dto.outcome !== VisitOutcome.ReceivedForHandling) return null;
    const petition = await this.petitions.receiveFromVisit(manager, d.ctx, {
      agencyId: d.actor.agencyId,
      visitId: d.visitId,
      receivedOn: d.visitOn,
      type: d.dto.contentType,
      field: d.dto.field,
      summary: d.dto.summary,
      caseId,
      petitionerIds: personIds,
      dateField: 'receivedAt',
    });
    return petition.id;
  }

  private async writeVisitors(
    manager: EntityManager,
    d: VisitDraft,
    { caseId, personIds }: { caseId: string; personIds: string[] },
  ) {
    const roles = visitorRoles(personIds.length, d.dto.representatives ?? []);
    await this.visits.insertVisitors(
      manager,
      d.visitId,
      personIds.map((personId, i) => ({ personId, role: roles[i]! })),
    );
    await this.visitors.link(manager, {
      visitId: d.visitId,
      agencyId: d.actor.agencyId,
      officerId: d.actor.id,
      caseId,
      personIds,
      roles,
      isConfidential: isConfidentialContent(d.dto.contentType),
    });
  }
}
