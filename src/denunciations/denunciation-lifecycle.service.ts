import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { legalBasisVi as basis } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import { IssuedDocumentKind } from '../decisions/domain/document-kind';
import { checkActionDates } from '../resolutions/domain/action-dates';
import type {
  AssignVerificationDto,
  ResumeDto,
  SuspendDto,
} from '../resolutions/dto/proceeding-actions.dto';
import { ProceedingDocumentsService } from '../resolutions/proceeding-documents.service';
import type { StepResult } from '../resolutions/proceeding-steps';
import { requireActor } from '../resolutions/require-actor';
import { resumeStep, type SuspensionConfig, suspendStep } from '../resolutions/suspension-steps';
import { VerificationAssignmentService } from '../resolutions/verification-assignment.service';
import {
  dueColumns,
  DenunciationDeadlinesService,
  suspensionsOf,
} from './denunciation-deadlines.service';
import { denunciationRecord } from './denunciation-query.service';
import type { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import { denunciationRef, DenunciationStepsService } from './denunciation-steps.service';
import { DenunciationsRepository } from './denunciations.repository';
import { DenunciationAction } from './domain/denunciation-status';
import type { ExtendDenunciationDto } from './dto/denunciation-actions.dto';
import type { DenunciationResponseDto } from './dto/denunciation.response.dto';

/**
 * The course of an accepted denunciation (Luật TC 2018 Đ30, 31, 33, 34): verification assignment,
 * extensions (≤ 2, each a decision with its reason), suspension and resumption. Withdrawal and
 * termination: DenunciationClosureService.
 */
@Injectable()
export class DenunciationLifecycleService {
  constructor(
    private readonly steps: DenunciationStepsService,
    private readonly denunciations: DenunciationsRepository,
    private readonly deadlines: DenunciationDeadlinesService,
    private readonly assignment: VerificationAssignmentService,
    private readonly documents: ProceedingDocumentsService,
    private readonly clock: Clock,
  ) {}

  assignVerification(
    ctx: ActionContext,
    id: string,
    dto: AssignVerificationDto,
  ): Promise<DenunciationResponseDto> {
    return this.steps.run(ctx, id, {
      action: DenunciationAction.AssignVerification,
      version: dto.version,
      actedOn: dto.assignedOn ?? this.clock.today(),
      legalBasis: basis.denunciationVerify,
      apply: (d, manager) => {
        const p = {
          ref: denunciationRef(d),
          record: denunciationRecord(d),
          acceptedOn: d.acceptedOn,
          due: { dueOn: d.dueOn, explanation: d.dueExplanation },
        };
        return this.assignment.assign(manager, ctx, p, dto);
      },
    });
  }

  /** Luật TC 2018 Đ30 k2–k4: a written extension decided before the current due date. */
  extend(
    ctx: ActionContext,
    id: string,
    dto: ExtendDenunciationDto,
  ): Promise<DenunciationResponseDto> {
    const x = dto.extension;
    const decidedOn = x.decidedOn ?? this.clock.today();
    checkActionDates({ field: 'extension.decidedOn', date: decidedOn, today: this.clock.today() });
    return this.steps.run(ctx, id, {
      action: DenunciationAction.Extend,
      version: dto.version,
      actedOn: decidedOn,
      legalBasis: basis.denunciationExtend,
      context: (d) => {
        const currentDueOn = d.dueOn as string;
        const extension = { decidedOn, reason: x.reason, currentDueOn, complexity: x.complexity };
        return Promise.resolve({ extension });
      },
      apply: (d, manager) => this.extensionWrites(ctx, d, manager, { ...dto, decidedOn }),
    });
  }

  /** The extension decision (numbered), its row, and D14 lengthened by 30 days. */
  private async extensionWrites(
    ctx: ActionContext,
    d: DenunciationResolutionEntity,
    manager: EntityManager,
    dto: ExtendDenunciationDto & { decidedOn: string },
  ): Promise<StepResult> {
    const x = dto.extension;
    const suspensions = suspensionsOf(await this.denunciations.suspensions(d.id, manager));
    const seq = d.extensionCount + 1;
    const change = { extensions: seq, complexity: x.complexity, suspensions };
    const due = await this.deadlines.resolution(d, change, manager);
    const decision = await this.documents.issue(manager, ctx, denunciationRef(d), {
      kind: IssuedDocumentKind.DenunciationExtension,
      issuedOn: dto.decidedOn,
      signer: dto.signer,
      reasoning: x.reason,
      dueOn: due.dueOn,
      dueExplanation: due.explanation,
    });
    await this.denunciations.addExtension(manager, {
      denunciationId: d.id,
      seq,
      decisionId: decision.id,
      decidedOn: dto.decidedOn,
      reason: x.reason,
      complexity: x.complexity,
      previousDueOn: d.dueOn as string,
      newDueOn: due.dueOn,
      createdBy: requireActor(ctx).id,
    });
    const set = { extension_count: seq, complexity: x.complexity, ...dueColumns(due) };
    const data = {
      seq,
      previousDueOn: d.dueOn,
      dueOn: due.dueOn,
      decisionNo: decision.numberSymbol,
    };
    return { set, data };
  }

  suspend(ctx: ActionContext, id: string, dto: SuspendDto) {
    return this.steps.run(ctx, id, suspendStep(ctx, dto, this.suspension));
  }

  resume(ctx: ActionContext, id: string, dto: ResumeDto) {
    return this.steps.run(ctx, id, resumeStep(dto, this.suspension));
  }

  /** Suspension and resumption: the shared steps with this proceeding's table and deadline. */
  private get suspension(): SuspensionConfig<DenunciationResolutionEntity, DenunciationAction> {
    return {
      suspend: DenunciationAction.Suspend,
      resume: DenunciationAction.Resume,
      legalBasis: basis.denunciationSuspend,
      today: () => this.clock.today(),
      store: this.denunciations,
      addSuspension: (manager, d, s) =>
        this.denunciations.addSuspension(manager, { denunciationId: d.id, ...s }),
      redue: (d, manager) => this.redue(d, manager),
    };
  }

  private async redue(
    d: DenunciationResolutionEntity,
    manager: EntityManager,
  ): Promise<StepResult> {
    if (!d.acceptedOn) return {};
    const suspensions = suspensionsOf(await this.denunciations.suspensions(d.id, manager));
    const due = await this.deadlines.resolution(d, { suspensions }, manager);
    return {
      set: dueColumns(due),
      data: { dueOn: due.dueOn, remainingDays: due.remainingDays ?? null },
    };
  }
}
