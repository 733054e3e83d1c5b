import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { AppError } from '../common/errors/app-error';
import { complaintStatusLabelsVi } from '../common/i18n/complaint-labels.vi';
import { complaintMessagesVi } from '../common/i18n/resolution-messages.vi';
import { ProceedingType } from '../resolutions/domain/proceeding-enums';
import { type ProceedingStep, ProceedingSteps } from '../resolutions/proceeding-steps';
import {
  ResolutionEventsService,
  type ProceedingRef,
} from '../resolutions/resolution-events.service';
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';
import { ComplaintQueryService } from './complaint-query.service';
import { ComplaintErrorCode } from './domain/complaint-errors';
import {
  type ComplaintAction,
  type ComplaintContext,
  type ComplaintStatus,
  type ComplaintTransition,
  nextComplaintStatus,
} from './domain/complaint-status';
import type { ComplaintResponseDto } from './dto/complaint.response.dto';

export type { StepResult } from '../resolutions/proceeding-steps';
export type ComplaintStep = ProceedingStep<
  ComplaintResolutionEntity,
  ComplaintAction,
  ComplaintContext,
  ComplaintTransition
>;

export const complaintRef = (c: ComplaintResolutionEntity): ProceedingRef => ({
  type: ProceedingType.Complaint,
  id: c.id,
  caseId: c.caseId,
  agencyId: c.agencyId,
});

/** Runs complaint actions through nextComplaintStatus() (Luật Khiếu nại 2011; DOMAIN §4.3). */
@Injectable()
export class ComplaintStepsService extends ProceedingSteps<
  ComplaintResolutionEntity,
  ComplaintAction,
  ComplaintContext,
  ComplaintTransition,
  ComplaintResponseDto
> {
  protected readonly table = 'complaint_resolution';
  protected readonly type = ProceedingType.Complaint;

  constructor(
    dataSource: DataSource,
    events: ResolutionEventsService,
    private readonly query: ComplaintQueryService,
  ) {
    super(dataSource, events);
  }

  protected lockVisible(viewer: AuthenticatedOfficer, id: string, manager: EntityManager) {
    return this.query.getVisible(viewer, id, { manager, lock: true });
  }

  protected next(c: ComplaintResolutionEntity, action: ComplaintAction, context: ComplaintContext) {
    const state = { status: c.status, round: c.round, resumeTo: c.resumeTo };
    return nextComplaintStatus(state, action, context);
  }

  protected reply(manager: EntityManager, id: string): Promise<ComplaintResponseDto> {
    return this.query.reply(manager, id);
  }

  protected editRefused(actionLabel: string, status: string): AppError {
    const label = complaintStatusLabelsVi[status as ComplaintStatus];
    const message = complaintMessagesVi.invalidTransition(actionLabel, label);
    return new AppError(409, ComplaintErrorCode.InvalidTransition, message, {
      errors: [{ field: 'status', code: 'invalidTransition', message }],
      details: { status },
    });
  }
}
