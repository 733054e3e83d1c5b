import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { Clock } from '../common/time/clock';
import { IssuedDocumentKind } from '../decisions/domain/document-kind';
import type { ExplanationStep } from '../legal/domain/deadline-engine';
import { checkActionDates } from './domain/action-dates';
import type { AssignVerificationDto } from './dto/proceeding-actions.dto';
import { ProceedingAccessService } from './proceeding-access.service';
import { ProceedingDocumentsService } from './proceeding-documents.service';
import { ProceedingPersonsService, type ProceedingRecord } from './proceeding-persons.service';
import type { StepResult } from './proceeding-steps';
import { requireActor } from './require-actor';
import type { ProceedingRef } from './resolution-events.service';

export interface AssignedProceeding {
  ref: ProceedingRef;
  record: ProceedingRecord;
  acceptedOn: string | null;
  /** The current resolution deadline: the decision states it as of its issue date. */
  due: { dueOn: string | null; explanation: ExplanationStep[] | null };
}

/**
 * The resolver assigns the verification (Luật KN 2011 Đ29; Luật TC 2018 Đ31): a numbered decision
 * naming the lead and the members, officers of the resolving agency. The lead then handles the
 * proceeding's persons (a denouncer's link stays confidential: Luật TC Đ56).
 */
@Injectable()
export class VerificationAssignmentService {
  constructor(
    private readonly access: ProceedingAccessService,
    private readonly documents: ProceedingDocumentsService,
    private readonly persons: ProceedingPersonsService,
    private readonly clock: Clock,
  ) {}

  async assign(
    manager: EntityManager,
    ctx: ActionContext,
    p: AssignedProceeding,
    dto: AssignVerificationDto,
  ): Promise<StepResult> {
    const assignedOn = dto.assignedOn ?? this.clock.today();
    const floor = { date: p.acceptedOn, rule: 'dateBeforeAcceptance' as const };
    checkActionDates({
      field: 'assignedOn',
      date: assignedOn,
      today: this.clock.today(),
      notBefore: floor,
    });
    const team = { leadId: dto.leadId, memberIds: dto.memberIds ?? [] };
    await this.access.checkTeam(requireActor(ctx), p.ref.agencyId, team, manager);
    const decision = await this.documents.issue(manager, ctx, p.ref, {
      kind: IssuedDocumentKind.VerificationAssignment,
      issuedOn: assignedOn,
      signer: dto.signer,
      reasoning: dto.scope,
      dueOn: p.due.dueOn,
      dueExplanation: p.due.explanation,
    });
    await this.persons.handOver(manager, p.record, dto.leadId);
    const set = {
      verification_lead_id: team.leadId,
      verification_member_ids: team.memberIds,
      verification_decision_id: decision.id,
    };
    return { set, data: { ...team, assignedOn, decisionNo: decision.numberSymbol } };
  }
}
