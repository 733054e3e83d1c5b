import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { legalBasisVi as basis } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import { runInTransaction } from '../database/transaction';
import { IssuedDocumentKind } from '../decisions/domain/document-kind';
import { type PetitionForResolution, PetitionsService } from '../petitions/petitions.service';
import { checkActionDates, resolutionInputError } from '../resolutions/domain/action-dates';
import { ProceedingDocumentsService } from '../resolutions/proceeding-documents.service';
import { ProceedingPersonsService } from '../resolutions/proceeding-persons.service';
import { requireActor } from '../resolutions/require-actor';
import { ResolutionEventsService } from '../resolutions/resolution-events.service';
import type { AcceptanceChecklist } from './complaint-checklist';
import { type CheckedAcceptance, ComplaintChecklistService } from './complaint-checklist.service';
import { dueColumns, ComplaintDeadlinesService } from './complaint-deadlines.service';
import { complaintRecord, ComplaintQueryService } from './complaint-query.service';
import {
  complaintRef,
  type ComplaintStep,
  ComplaintStepsService,
  type StepResult,
} from './complaint-steps.service';
import { ComplaintsRepository } from './complaints.repository';
import { ComplaintPrecedentsRepository } from './complaint-precedents.repository';
import {
  complaintError,
  ComplaintErrorCode,
  throwIfViolated,
  violation,
} from './domain/complaint-errors';
import { secondRoundAgencyViolation } from './domain/complaint-round-agency';
import { finalWithdrawalBarring } from './domain/complaint-termination';
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';
import { ComplaintAction, ComplaintRound, ComplaintStatus } from './domain/complaint-status';
import type {
  AcceptComplaintDto,
  ComplaintChecklistInputDto,
  RefuseComplaintDto,
} from './dto/complaint-acceptance.dto';
import type { ComplaintResponseDto } from './dto/complaint.response.dto';
import type { OpenComplaintDto } from './dto/open-complaint.dto';

type WithdrawalCoercion = NonNullable<AcceptanceChecklist['withdrawalCoercion']>;

/**
 * Acceptance (thụ lý) of a complaint (DOMAIN §4.1–4.2): take over the petition proposed for
 * acceptance, then accept it or refuse with the Điều 11 grounds — the checklist recorded item by
 * item, D2/D7 and D4 checked and recorded, the notice numbered. Leaders only (resolution.approve).
 */
@Injectable()
export class ComplaintAcceptanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly complaints: ComplaintsRepository,
    private readonly query: ComplaintQueryService,
    private readonly steps: ComplaintStepsService,
    private readonly checklists: ComplaintChecklistService,
    private readonly deadlines: ComplaintDeadlinesService,
    private readonly documents: ProceedingDocumentsService,
    private readonly petitions: PetitionsService,
    private readonly persons: ProceedingPersonsService,
    private readonly events: ResolutionEventsService,
    private readonly precedents: ComplaintPrecedentsRepository,
    private readonly clock: Clock,
  ) {}

  open(ctx: ActionContext, dto: OpenComplaintDto): Promise<ComplaintResponseDto> {
    const actor = requireActor(ctx);
    const round = dto.round ?? ComplaintRound.First;
    if (round === ComplaintRound.Second && !dto.firstRoundId) {
      resolutionInputError('firstRoundId', 'firstRoundRequired');
    }
    if (round === ComplaintRound.First && dto.firstRoundId) {
      resolutionInputError('firstRoundId', 'firstRoundNotAllowed');
    }
    return runInTransaction(this.dataSource, async (manager) => {
      const first = dto.firstRoundId
        ? await this.query.getVisible(actor, dto.firstRoundId, { manager })
        : null;
      const petition = await this.petitions.takeForResolution(
        manager,
        ctx,
        dto.petitionId,
        'complaint',
      );
      if (first) await this.checkSecondRoundAgency(manager, first.agencyId, petition.agencyId);
      const complaint = await this.insertReceived(manager, ctx, petition, dto);
      await this.persons.takeOver(manager, petition.petitionId, complaintRecord(complaint));
      return this.query.reply(manager, complaint.id);
    });
  }

  /** Luật KN Đ33: 409 unless round 2 sits at the directly superior body of round 1's resolver. */
  private async checkSecondRoundAgency(
    manager: EntityManager,
    firstAgencyId: string,
    secondAgencyId: string,
  ): Promise<void> {
    const chains = await this.precedents.agencyChains(manager, [firstAgencyId, secondAgencyId]);
    const chainOf = (id: string) => chains.get(id) ?? [];
    const today = this.clock.today();
    throwIfViolated(
      secondRoundAgencyViolation(chainOf(firstAgencyId), chainOf(secondAgencyId), today),
    );
  }

  /** The proceeding in `received`, its D4 window and the `open` event. */
  private async insertReceived(
    manager: EntityManager,
    ctx: ActionContext,
    petition: PetitionForResolution,
    dto: OpenComplaintDto,
  ): Promise<ComplaintResolutionEntity> {
    const d4 = await this.deadlines.acceptanceWindow(petition.receivedOn, manager);
    const round = dto.round ?? ComplaintRound.First;
    const complaint = await this.complaints.insert(manager, {
      agencyId: petition.agencyId,
      caseId: petition.caseId,
      petitionId: petition.petitionId,
      round,
      firstRoundId: dto.firstRoundId ?? null,
      status: ComplaintStatus.Received,
      receivedOn: petition.receivedOn,
      acceptanceDueOn: d4.dueOn as string,
      acceptanceExplanation: d4.explanation,
      firstRoundDecisionReceivedOn: null,
      createdBy: requireActor(ctx).id,
    });
    await this.events.record(manager, ctx, complaintRef(complaint), {
      action: 'open',
      actedOn: this.clock.today(),
      legalBasis: basis.complaintOpen,
      toStatus: ComplaintStatus.Received,
      data: { petitionId: petition.petitionId, round, acceptanceDueOn: d4.dueOn },
    });
    return complaint;
  }

  accept(ctx: ActionContext, id: string, dto: AcceptComplaintDto): Promise<ComplaintResponseDto> {
    const acceptedOn = dto.acceptedOn ?? this.clock.today();
    if (dto.complex && !dto.complexReason) {
      resolutionInputError('complexReason', 'complexReasonRequired');
    }
    if (dto.remote && !dto.remoteReason) {
      resolutionInputError('remoteReason', 'remoteReasonRequired');
    }
    if (dto.withdrawalCoerced && !dto.withdrawalCoercionReason) {
      resolutionInputError('withdrawalCoercionReason', 'withdrawalCoercionReasonRequired');
    }
    const checked = this.checked(dto, acceptedOn, 'acceptedOn');
    return this.steps.run(ctx, id, {
      ...checked.step(ComplaintAction.Accept, basis.complaintAccept),
      apply: async (c, manager) => {
        const coercion = await this.checkWithdrawnContent(manager, c, dto);
        return this.acceptWrites(ctx, c, manager, { dto, checked: checked.result(), coercion });
      },
    });
  }

  refuse(ctx: ActionContext, id: string, dto: RefuseComplaintDto): Promise<ComplaintResponseDto> {
    const refusedOn = dto.refusedOn ?? this.clock.today();
    const checked = this.checked(dto, refusedOn, 'refusedOn');
    return this.steps.run(ctx, id, {
      ...checked.step(ComplaintAction.RefuseAcceptance, basis.complaintRefuse),
      apply: async (c, manager) => {
        const notice = await this.documents.issue(manager, ctx, complaintRef(c), {
          kind: IssuedDocumentKind.ComplaintRefusalNotice,
          issuedOn: refusedOn,
          signer: dto.signer,
        });
        const result = checked.result();
        const grounds = result.evaluation.failedGrounds;
        return {
          set: { ...this.checklists.columns(result, dto), decision_id: notice.id },
          data: { grounds, noticeNo: notice.numberSymbol },
        };
      },
    });
  }

  /**
   * Luật 136/2025/QH15: 409 when the case holds a withdrawal whose content is not reconsidered,
   * unless this acceptance records that it was coerced (the event keeps which one and why).
   */
  private async checkWithdrawnContent(
    manager: EntityManager,
    c: ComplaintResolutionEntity,
    dto: AcceptComplaintDto,
  ): Promise<WithdrawalCoercion | undefined> {
    const withdrawals = await this.precedents.withdrawalsInCase(manager, c.caseId, c.id);
    const coerced = dto.withdrawalCoerced === true;
    const barring = finalWithdrawalBarring(withdrawals, coerced);
    if (barring) {
      throw complaintError(
        violation(
          ComplaintErrorCode.WithdrawnContentFinal,
          'withdrawalCoerced',
          'withdrawnContentFinal',
        ),
        { withdrawnComplaintId: barring.complaintId, withdrawnOn: barring.withdrawnOn },
      );
    }
    const reopened = withdrawals.filter((w) => w.reconsiderable === false);
    if (!coerced || reopened.length === 0) return undefined;
    const reason = dto.withdrawalCoercionReason as string;
    return { withdrawalIds: reopened.map((w) => w.complaintId), reason };
  }

  /** Accepted: D5/D8 from the stored rule version, the numbered notice, round 1 escalated. */
  private async acceptWrites(
    ctx: ActionContext,
    c: ComplaintResolutionEntity,
    manager: EntityManager,
    input: { dto: AcceptComplaintDto; checked: CheckedAcceptance; coercion?: WithdrawalCoercion },
  ): Promise<StepResult> {
    const { dto, checked, coercion } = input;
    const acceptedOn = checked.evaluation.evaluatedOn;
    const flags = { complex: dto.complex === true, remote: dto.remote === true };
    const facts = { round: c.round, acceptedOn, ...flags, suspensions: [] };
    const due = await this.deadlines.resolution(facts, manager);
    const notice = await this.documents.issue(manager, ctx, complaintRef(c), {
      kind: IssuedDocumentKind.ComplaintAcceptanceNotice,
      issuedOn: acceptedOn,
      signer: dto.signer,
      dueOn: due.dueOn,
      dueExplanation: due.explanation,
    });
    if (checked.firstRound) {
      await this.checklists.escalate(manager, ctx, checked.firstRound, acceptedOn);
    }
    const set = {
      ...this.checklists.columns(checked, dto, coercion),
      accepted_on: acceptedOn,
      is_complex: flags.complex,
      complex_reason: flags.complex ? dto.complexReason : null,
      is_remote: flags.remote,
      remote_reason: flags.remote ? dto.remoteReason : null,
      ...dueColumns(due),
    };
    const rule = `${due.rule.key} v${due.rule.version}`;
    const reopened = coercion ? { coercedWithdrawalIds: coercion.withdrawalIds } : {};
    return { set, data: { dueOn: due.dueOn, rule, noticeNo: notice.numberSymbol, ...reopened } };
  }

  /** The step's Điều 11 checklist, evaluated on the action's date and kept for its writes. */
  private checked(
    dto: ComplaintChecklistInputDto & { remote?: boolean },
    on: string,
    field: string,
  ) {
    let result: CheckedAcceptance | null = null;
    return {
      step: (action: ComplaintAction, legalBasis: string): ComplaintStep => ({
        action,
        version: dto.version,
        actedOn: on,
        legalBasis,
        context: async (c, manager) => {
          const floor = { date: c.receivedOn, rule: 'dateBeforeReceipt' as const };
          checkActionDates({ field, date: on, today: this.clock.today(), notBefore: floor });
          result = await this.checklists.evaluate(c, dto, on, manager);
          return { acceptance: result.evaluation };
        },
      }),
      result: (): CheckedAcceptance => {
        if (!result) throw new Error('checklist read before its evaluation');
        return result;
      },
    };
  }
}
