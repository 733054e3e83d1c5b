import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { AuditEntry } from '../audit/audit-entry';
import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { isConfidentialContent } from '../cases/domain/case-enums';
import { insertRows } from '../database/bulk-insert';
import { numberRecords } from '../database/record-number';
import { PersonRecordType } from '../persons/domain/person-enums';
import { PersonImportService } from '../persons/person-import.service';
import type { PersonLinkInput } from '../persons/person-inputs';
import type { VisitorRole } from './domain/reception-enums';
import { visitorRoles } from './domain/visitors';
import type { CreateVisitDto } from './dto/create-visit.dto';
import { ReceptionVisitPersonEntity } from './reception-visit-person.entity';
import { ReceptionVisitEntity } from './reception-visit.entity';
import { requireActor } from './require-actor';
import { visitColumnsOf } from './visit-facts';
import { PERSON_ROLE_OF } from './visit-visitors.service';
import type { NewVisit } from './visits.repository';

/** A visit of an import batch, with what the batch worked out for it. */
export interface VisitToImport {
  id: string;
  dto: CreateVisitDto;
  receivedAt: Date;
  visitOn: string;
  caseId: string;
  isFirstTime: boolean;
  petitionId: string | null;
  personIds: readonly string[];
}

/**
 * The visits of an import batch (DESIGN §10 P8), in the caller's transaction: the rows VisitWriter
 * writes one by one — book number, visit, visitors, their links and the audit row — in a few
 * statements for the whole batch. Sessions and handed-over documents are not taken here (the
 * batch sends such visits through VisitIntakeService).
 */
@Injectable()
export class VisitImportWriter {
  constructor(
    private readonly persons: PersonImportService,
    private readonly audit: AuditService,
  ) {}

  /** Of these cases, those with a visit at the agency already (a visit of theirs is a repeat). */
  async casesVisited(
    manager: EntityManager,
    caseIds: readonly string[],
    agencyId: string,
  ): Promise<Set<string>> {
    if (caseIds.length === 0) return new Set();
    const rows = await manager.query<{ caseId: string }[]>(
      `SELECT DISTINCT case_id AS "caseId" FROM reception_visit
        WHERE case_id = ANY($1::uuid[]) AND agency_id = $2`,
      [[...new Set(caseIds)], agencyId],
    );
    return new Set(rows.map((r) => r.caseId));
  }

  /** Writes the visits; each year's book numbers follow the times received. */
  async writeMany(
    manager: EntityManager,
    ctx: ActionContext,
    visits: readonly VisitToImport[],
  ): Promise<void> {
    if (visits.length === 0) return;
    const actor = requireActor(ctx);
    const numbers = await this.number(manager, actor.agencyId, visits);
    const rows: NewVisit[] = visits.map((v) => ({
      ...visitColumnsOf(v.dto, {
        id: v.id,
        officerId: actor.id,
        receivedAt: v.receivedAt,
        visitOn: v.visitOn,
      }),
      agencyId: actor.agencyId,
      bookYear: Number(v.visitOn.slice(0, 4)),
      visitNo: numbers.get(v.id)!,
      presidingHeadName: v.dto.presidingHead?.name ?? null,
      presidingHeadTitle: v.dto.presidingHead?.title ?? null,
      caseId: v.caseId,
      isFirstTime: v.isFirstTime,
      petitionId: v.petitionId,
    }));
    await insertRows(manager, ReceptionVisitEntity, rows);
    const roles = new Map(
      visits.map((v) => [v.id, visitorRoles(v.personIds.length, v.dto.representatives ?? [])]),
    );
    await insertRows(
      manager,
      ReceptionVisitPersonEntity,
      visits.flatMap((v) =>
        v.personIds.map((personId, position) => ({
          visitId: v.id,
          position,
          personId,
          role: roles.get(v.id)![position]!,
        })),
      ),
    );
    await this.persons.linkMany(
      manager,
      visits.flatMap((v) => linksOf(actor, v, roles.get(v.id)!)),
    );
    await this.audit.recordMany(
      manager,
      rows.map((row, i) => ({ ...auditOf(actor, row, visits[i]!.dto), requestId: ctx.requestId })),
    );
  }

  /** visit id → its number: per year one range of the agency's visit book, in time order. */
  private async number(manager: EntityManager, agencyId: string, visits: readonly VisitToImport[]) {
    const byTime = [...visits].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    const numbers = await numberRecords(manager, 'reception_visit', byTime, (v) => ({
      agencyId,
      year: Number(v.visitOn.slice(0, 4)),
    }));
    return new Map(byTime.map((v, i) => [v.id, numbers[i]!]));
  }
}

/** The visitors' links to the visit (VisitVisitorsService.link). */
function linksOf(
  actor: AuthenticatedOfficer,
  v: VisitToImport,
  roles: readonly VisitorRole[],
): PersonLinkInput[] {
  return v.personIds.map((personId, i) => ({
    personId,
    recordType: PersonRecordType.Visit,
    recordId: v.id,
    agencyId: actor.agencyId,
    officerId: actor.id,
    role: PERSON_ROLE_OF[roles[i]!],
    isConfidential: isConfidentialContent(v.dto.contentType),
    caseId: v.caseId,
  }));
}

/** The visit's audit row, as VisitWriter records it. */
function auditOf(actor: AuthenticatedOfficer, row: NewVisit, dto: CreateVisitDto): AuditEntry {
  return {
    actorId: actor.id,
    action: 'reception_visit.create',
    entityType: 'reception_visit',
    entityId: row.id,
    agencyId: actor.agencyId,
    data: {
      visitNo: row.visitNo,
      bookYear: row.bookYear,
      caseId: row.caseId,
      isFirstTime: row.isFirstTime,
      petitionId: row.petitionId,
      kind: dto.receptionKind,
      outcome: dto.outcome,
    },
  };
}
