import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import { type CaseField, ContentType, isConfidentialContent } from '../cases/domain/case-enums';
import { nextRecordNumber } from '../database/record-number';
import { PersonRecordType, PersonRole } from '../persons/domain/person-enums';
import { PersonsService } from '../persons/persons.service';
import { PetitionSource, PetitionStatus, SignatoryKind } from './domain/petition-enums';
import {
  deadlineColumns,
  PetitionDeadlinesService,
  type ReceiptDeadlines,
} from './petition-deadlines.service';
import type { PetitionEntity } from './petition.entity';
import { type NewPetition, PetitionsRepository } from './petitions.repository';

export interface VisitPetitionInput {
  agencyId: string;
  visitId: string;
  /** The visit's local date: the day the petition is received. */
  receivedOn: string;
  type: ContentType;
  field: CaseField;
  summary: string;
  caseId: string;
  /** The persons who hand it over (the visit's listed visitors). */
  petitionerIds: readonly string[];
  /** Request field named when the D1 deadline cannot be computed for the date. */
  dateField: string;
}

export const signatoryKindOf = (count: number): SignatoryKind =>
  count > 1 ? SignatoryKind.Many : count === 1 ? SignatoryKind.One : SignatoryKind.Other;

/**
 * A petition handed over at the reception desk (source `direct`): numbered in the agency's
 * petition book, with its deadlines (D1; D11 and D12 for denunciations), signatories and history.
 * Registration from other sources: PetitionRegistrationService.
 */
@Injectable()
export class PetitionIntakeService {
  constructor(
    private readonly petitions: PetitionsRepository,
    private readonly deadlines: PetitionDeadlinesService,
    private readonly persons: PersonsService,
    private readonly audit: AuditService,
  ) {}

  /** In the caller's transaction (one with the visit): petition, petitioner links, audit row. */
  async receiveFromVisit(
    manager: EntityManager,
    ctx: ActionContext,
    input: VisitPetitionInput,
  ): Promise<PetitionEntity> {
    const officerId = requireOfficer(ctx);
    const due = await this.deadlines.forReceipt(manager, input, input.dateField);
    const columns = visitPetitionColumns(input, due, officerId);
    const book = { book: 'petition' as const, agencyId: input.agencyId, year: columns.bookYear };
    const petition = await this.petitions.insert(manager, {
      ...columns,
      bookNo: await nextRecordNumber(manager, book),
    });
    await this.petitions.insertSignatories(manager, petition.id, input.petitionerIds);
    await this.linkPetitioners(manager, petition, officerId, input.petitionerIds);
    await this.recordReceipt(
      manager,
      ctx,
      petition,
      `${due.handling.rule.key} v${due.handling.rule.version}`,
    );
    return petition;
  }

  private async recordReceipt(
    manager: EntityManager,
    ctx: ActionContext,
    petition: PetitionEntity,
    rule: string,
  ): Promise<void> {
    const data = {
      bookNo: petition.bookNo,
      bookYear: petition.bookYear,
      source: petition.source,
      type: petition.type,
      handlingDueOn: petition.handlingDueOn,
      rule,
    };
    await this.petitions.insertEvent(manager, {
      petitionId: petition.id,
      action: 'receive',
      fromStatus: null,
      toStatus: PetitionStatus.Received,
      actorId: petition.createdBy,
      legalBasis: null,
      data: { ...data, visitId: petition.visitId },
    });
    await this.audit.record(manager, {
      actorId: petition.createdBy,
      action: 'petition.receive',
      entityType: 'petition',
      entityId: petition.id,
      agencyId: petition.agencyId,
      requestId: ctx.requestId,
      data,
    });
  }

  private async linkPetitioners(
    manager: EntityManager,
    petition: PetitionEntity,
    officerId: string,
    personIds: readonly string[],
  ): Promise<void> {
    // Luật Tố cáo 2018 Điều 9(1)(b): a denouncer's identity is kept secret.
    const role =
      petition.type === ContentType.Denunciation ? PersonRole.Denouncer : PersonRole.Petitioner;
    for (const personId of personIds) {
      await this.persons.link(manager, {
        personId,
        recordType: PersonRecordType.Petition,
        recordId: petition.id,
        agencyId: petition.agencyId,
        officerId,
        role,
        isConfidential: isConfidentialContent(petition.type),
      });
    }
  }
}

/** The columns of a petition handed over at a visit (its book number still 0). */
export function visitPetitionColumns(
  input: VisitPetitionInput,
  due: ReceiptDeadlines,
  officerId: string,
): NewPetition {
  return {
    ...emptyHandling(),
    ...deadlineColumns(due, input.type, input.receivedOn),
    agencyId: input.agencyId,
    bookYear: Number(input.receivedOn.slice(0, 4)),
    bookNo: 0,
    receivedOn: input.receivedOn,
    source: PetitionSource.Direct,
    type: input.type,
    field: input.field,
    summary: input.summary,
    signatoryKind: signatoryKindOf(input.petitionerIds.length),
    caseId: input.caseId,
    visitId: input.visitId,
    createdBy: officerId,
  };
}

/** The columns a petition has before any handling. */
export function emptyHandling() {
  return {
    senderBody: null,
    dispatchNo: null,
    dispatchOn: null,
    respondent: null,
    isAnonymous: false,
    parentId: null,
    partNo: null,
    checkExtended: false,
    handlerId: null,
    eligibility: null,
    isEligible: null,
    isInCompetence: null,
    resolutionStatus: null,
    outcome: null,
    handledOn: null,
    outcomeBody: null,
    notAcceptableGround: null,
    outcomeNote: null,
    denouncerNotifiedOn: null,
  } as const;
}

function requireOfficer(ctx: ActionContext): string {
  if (!ctx.actor) throw new Error('A petition is received by an officer');
  return ctx.actor.id;
}
