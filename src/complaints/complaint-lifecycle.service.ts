import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { legalBasisVi as basis, resolutionEditLabelsVi } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import { resolutionInputError } from '../resolutions/domain/action-dates';
import type {
  AssignVerificationDto,
  ResumeDto,
  SuspendDto,
} from '../resolutions/dto/proceeding-actions.dto';
import { VerificationAssignmentService } from '../resolutions/verification-assignment.service';
import { resumeStep, type SuspensionConfig, suspendStep } from '../resolutions/suspension-steps';
import {
  dueColumns,
  ComplaintDeadlinesService,
  suspensionsOf,
} from './complaint-deadlines.service';
import { RESOLVING } from './complaint.mapper';
import { complaintRecord } from './complaint-query.service';
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';
import { complaintRef, ComplaintStepsService, type StepResult } from './complaint-steps.service';
import { ComplaintsRepository } from './complaints.repository';
import { ComplaintAction, ComplaintStatus } from './domain/complaint-status';
import type { SetComplaintFlagsDto } from './dto/complaint-actions.dto';
import type { ComplaintResponseDto } from './dto/complaint.response.dto';

const FLAGGABLE: ReadonlySet<ComplaintStatus> = new Set([...RESOLVING]);

/**
 * The course of a complaint proceeding between acceptance and decision (DOMAIN §4.3–4.6, §4.8):
 * flags, verification assignment, suspension and resumption (the clock stops). Each is one
 * transaction with its event and audit row. Withdrawal, termination, lawsuit: ComplaintClosure.
 */
@Injectable()
export class ComplaintLifecycleService {
  constructor(
    private readonly steps: ComplaintStepsService,
    private readonly complaints: ComplaintsRepository,
    private readonly deadlines: ComplaintDeadlinesService,
    private readonly assignment: VerificationAssignmentService,
    private readonly clock: Clock,
  ) {}

  /** Luật KN Đ28, Đ37: vụ việc phức tạp, vùng sâu vùng xa — each with its reason. */
  setFlags(
    ctx: ActionContext,
    id: string,
    dto: SetComplaintFlagsDto,
  ): Promise<ComplaintResponseDto> {
    if (dto.complex && !dto.complexReason) {
      resolutionInputError('complexReason', 'complexReasonRequired');
    }
    if (dto.remote && !dto.remoteReason) {
      resolutionInputError('remoteReason', 'remoteReasonRequired');
    }
    return this.steps.edit(ctx, id, {
      eventAction: 'set_flags',
      actionLabel: resolutionEditLabelsVi.setFlags,
      allowed: FLAGGABLE,
      version: dto.version,
      actedOn: this.clock.today(),
      legalBasis: basis.complaintFlags,
      apply: async (c, manager) => {
        const flagged = { ...c, isComplex: dto.complex, isRemote: dto.remote };
        const due = await this.redue(flagged, manager);
        const set = {
          is_complex: dto.complex,
          complex_reason: dto.complex ? dto.complexReason : null,
          is_remote: dto.remote,
          remote_reason: dto.remote ? dto.remoteReason : null,
          ...due.set,
        };
        return { set, data: { complex: dto.complex, remote: dto.remote, ...due.data } };
      },
    });
  }

  /** Luật KN Đ29: the resolver assigns the verification (decision number, lead, members). */
  assignVerification(
    ctx: ActionContext,
    id: string,
    dto: AssignVerificationDto,
  ): Promise<ComplaintResponseDto> {
    return this.steps.run(ctx, id, {
      action: ComplaintAction.AssignVerification,
      version: dto.version,
      actedOn: dto.assignedOn ?? this.clock.today(),
      legalBasis: basis.complaintVerify,
      apply: (c, manager) => {
        const p = {
          ref: complaintRef(c),
          record: complaintRecord(c),
          acceptedOn: c.acceptedOn,
          due: { dueOn: c.dueOn, explanation: c.dueExplanation },
        };
        return this.assignment.assign(manager, ctx, p, dto);
      },
    });
  }

  suspend(ctx: ActionContext, id: string, dto: SuspendDto) {
    return this.steps.run(ctx, id, suspendStep(ctx, dto, this.suspension));
  }

  resume(ctx: ActionContext, id: string, dto: ResumeDto) {
    return this.steps.run(ctx, id, resumeStep(dto, this.suspension));
  }

  /** Suspension and resumption: the shared steps with this proceeding's table and deadline. */
  private get suspension(): SuspensionConfig<ComplaintResolutionEntity, ComplaintAction> {
    return {
      suspend: ComplaintAction.Suspend,
      resume: ComplaintAction.Resume,
      legalBasis: basis.complaintSuspend,
      today: () => this.clock.today(),
      store: this.complaints,
      addSuspension: (manager, c, s) =>
        this.complaints.addSuspension(manager, { complaintId: c.id, ...s }),
      redue: (c, manager) => this.redue(c, manager),
    };
  }

  /** Recomputes D5/D8 from the stored version with every suspension (Product decision 9). */
  private async redue(c: ComplaintResolutionEntity, manager: EntityManager): Promise<StepResult> {
    if (!c.acceptedOn) return {};
    const suspensions = suspensionsOf(await this.complaints.suspensions(c.id, manager));
    const due = await this.deadlines.forProceeding(c, suspensions, manager);
    return {
      set: dueColumns(due),
      data: { dueOn: due.dueOn, remainingDays: due.remainingDays ?? null },
    };
  }
}
