import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { AppError } from '../common/errors/app-error';
import { denunciationStatusLabelsVi } from '../common/i18n/denunciation-labels.vi';
import { denunciationMessagesVi } from '../common/i18n/resolution-messages.vi';
import { ProceedingType } from '../resolutions/domain/proceeding-enums';
import { type ProceedingStep, ProceedingSteps } from '../resolutions/proceeding-steps';
import {
  type ProceedingRef,
  ResolutionEventsService,
} from '../resolutions/resolution-events.service';
import type { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import { DenunciationQueryService } from './denunciation-query.service';
import { DenunciationErrorCode } from './domain/denunciation-errors';
import {
  type DenunciationAction,
  type DenunciationContext,
  type DenunciationStatus,
  type DenunciationTransition,
  nextDenunciationStatus,
} from './domain/denunciation-status';
import type { DenunciationResponseDto } from './dto/denunciation.response.dto';

export type DenunciationStep = ProceedingStep<
  DenunciationResolutionEntity,
  DenunciationAction,
  DenunciationContext,
  DenunciationTransition
>;

export const denunciationRef = (d: DenunciationResolutionEntity): ProceedingRef => ({
  type: ProceedingType.Denunciation,
  id: d.id,
  caseId: d.caseId,
  agencyId: d.agencyId,
});

/** Runs denunciation actions through nextDenunciationStatus() (Luật Tố cáo 2018; DOMAIN §5.3). */
@Injectable()
export class DenunciationStepsService extends ProceedingSteps<
  DenunciationResolutionEntity,
  DenunciationAction,
  DenunciationContext,
  DenunciationTransition,
  DenunciationResponseDto
> {
  protected readonly table = 'denunciation_resolution';
  protected readonly type = ProceedingType.Denunciation;

  constructor(
    dataSource: DataSource,
    events: ResolutionEventsService,
    private readonly query: DenunciationQueryService,
  ) {
    super(dataSource, events);
  }

  protected lockVisible(viewer: AuthenticatedOfficer, id: string, manager: EntityManager) {
    return this.query.getVisible(viewer, id, { manager, lock: true });
  }

  protected next(
    d: DenunciationResolutionEntity,
    action: DenunciationAction,
    context: DenunciationContext,
  ) {
    const state = {
      status: d.status,
      kind: d.kind,
      resumeTo: d.resumeTo,
      prelimExtended: d.prelimExtended,
    };
    return nextDenunciationStatus(state, action, context);
  }

  protected override stateColumns(move: DenunciationTransition): Record<string, unknown> {
    return { ...super.stateColumns(move), prelim_extended: move.state.prelimExtended };
  }

  protected reply(manager: EntityManager, id: string): Promise<DenunciationResponseDto> {
    return this.query.reply(manager, id);
  }

  protected editRefused(actionLabel: string, status: string): AppError {
    const label = denunciationStatusLabelsVi[status as DenunciationStatus];
    const message = denunciationMessagesVi.invalidTransition(actionLabel, label);
    return new AppError(409, DenunciationErrorCode.InvalidTransition, message, {
      errors: [{ field: 'status', code: 'invalidTransition', message }],
      details: { status },
    });
  }
}
