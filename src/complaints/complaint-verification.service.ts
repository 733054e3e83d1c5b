import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { legalBasisVi as basis } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import { checkActionDates, resolutionInputError } from '../resolutions/domain/action-dates';
import { VerificationRecordKind } from '../resolutions/domain/proceeding-enums';
import type { ProceedingVersionDto } from '../resolutions/dto/proceeding-actions.dto';
import { requireActor } from '../resolutions/require-actor';
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';
import { ComplaintStepsService, type StepResult } from './complaint-steps.service';
import { ComplaintsRepository } from './complaints.repository';
import { ComplaintAction, ComplaintRound } from './domain/complaint-status';
import type { ComplaintVerificationRecordDto, HoldDialogueDto } from './dto/complaint-actions.dto';
import type { ComplaintResponseDto } from './dto/complaint.response.dto';

const contextOf = (c: ComplaintResolutionEntity) => ({
  hasVerificationReport: c.hasVerificationReport,
  demandsDifferFromVerification: c.demandsDifferFromVerification ?? undefined,
  dialogueHeld: c.dialogueHeld,
});

/**
 * The investigators' work on an assigned complaint (DOMAIN §4.4–4.5): verification records, the
 * verification report with its recommendation, dialogues with minutes, the draft decision.
 */
@Injectable()
export class ComplaintVerificationService {
  constructor(
    private readonly steps: ComplaintStepsService,
    private readonly complaints: ComplaintsRepository,
    private readonly clock: Clock,
  ) {}

  /** Working minutes, document requests and receipts, appraisals, the verification report. */
  recordVerification(
    ctx: ActionContext,
    id: string,
    dto: ComplaintVerificationRecordDto,
  ): Promise<ComplaintResponseDto> {
    const isReport = dto.kind === VerificationRecordKind.VerificationReport;
    if (isReport !== (dto.recommendation !== undefined)) {
      const rule = isReport ? 'recommendationRequired' : 'recommendationOnlyForReport';
      resolutionInputError('recommendation', rule);
    }
    return this.steps.run(ctx, id, {
      action: ComplaintAction.RecordVerificationReport,
      eventAction: isReport ? ComplaintAction.RecordVerificationReport : `record_${dto.kind}`,
      version: dto.version,
      actedOn: dto.recordedOn,
      legalBasis: basis.complaintVerify,
      apply: (c, manager) => this.addRecord(ctx, c, manager, dto),
    });
  }

  private async addRecord(
    ctx: ActionContext,
    c: ComplaintResolutionEntity,
    manager: EntityManager,
    dto: ComplaintVerificationRecordDto,
  ): Promise<StepResult> {
    const isReport = dto.kind === VerificationRecordKind.VerificationReport;
    const differ = dto.demandsDifferFromVerification;
    if (isReport && c.round === ComplaintRound.First && differ === undefined) {
      resolutionInputError('demandsDifferFromVerification', 'demandsDifferRequired');
    }
    const floor = { date: c.acceptedOn, rule: 'dateBeforeAcceptance' as const };
    const today = this.clock.today();
    checkActionDates({ field: 'recordedOn', date: dto.recordedOn, today, notBefore: floor });
    await this.complaints.addVerificationRecord(manager, {
      complaintId: c.id,
      kind: dto.kind,
      recordedOn: dto.recordedOn,
      summary: dto.summary,
      documents: dto.documents ?? null,
      recommendation: dto.recommendation ?? null,
      recordedBy: requireActor(ctx).id,
    });
    const set = isReport
      ? { has_verification_report: true, demands_differ_from_verification: differ ?? null }
      : {};
    return { set, data: { kind: dto.kind, recordedOn: dto.recordedOn } };
  }

  /** Luật KN Đ30 (round 1, when demands and verification differ), Đ39 (round 2, always). */
  holdDialogue(
    ctx: ActionContext,
    id: string,
    dto: HoldDialogueDto,
  ): Promise<ComplaintResponseDto> {
    return this.steps.run(ctx, id, {
      action: ComplaintAction.HoldDialogue,
      version: dto.version,
      actedOn: dto.heldOn,
      legalBasis: (c) =>
        c.round === ComplaintRound.Second
          ? basis.complaintDialogueRound2
          : basis.complaintDialogueRound1,
      context: (c) => Promise.resolve(contextOf(c)),
      apply: async (c, manager) => {
        checkActionDates({
          field: 'heldOn',
          date: dto.heldOn,
          today: this.clock.today(),
          notBefore: { date: c.acceptedOn, rule: 'dateBeforeAcceptance' },
        });
        await this.complaints.addDialogue(manager, {
          complaintId: c.id,
          heldOn: dto.heldOn,
          place: dto.place,
          chairedBy: dto.chairedBy,
          participants: dto.participants.map((p) => ({ name: p.name, role: p.role })),
          minutes: dto.minutes,
          agreedPoints: dto.agreedPoints ?? null,
          recordedBy: requireActor(ctx).id,
        });
        const data = { heldOn: dto.heldOn, participants: dto.participants.length };
        return { set: { dialogue_held: true }, data };
      },
    });
  }

  /** The draft decision goes to the resolver (DOMAIN §4.3 DRAFTING). */
  startDrafting(
    ctx: ActionContext,
    id: string,
    dto: ProceedingVersionDto,
  ): Promise<ComplaintResponseDto> {
    return this.steps.run(ctx, id, {
      action: ComplaintAction.StartDrafting,
      version: dto.version,
      actedOn: this.clock.today(),
      legalBasis: basis.complaintDraft,
      context: (c) => Promise.resolve(contextOf(c)),
    });
  }
}
