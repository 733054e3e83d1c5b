import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { Clock } from '../common/time/clock';
import {
  DeadlineRecalculationRegistry,
  type RecalculationSpan,
} from '../legal/deadline-recalculation.registry';
import type { LocalDate } from '../legal/domain/local-date';
import { ProceedingRecalculation } from '../legal/proceeding-recalculation';
import { DenunciationDeadlinesService, suspensionsOf } from './denunciation-deadlines.service';
import type { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import { DenunciationsRepository } from './denunciations.repository';
import {
  DenunciationPhase,
  denunciationPhaseOf,
} from './domain/denunciation-deadline-recalculation';

const SET_PRELIM_DUE = `
  UPDATE denunciation_resolution SET prelim_due_on = $2, prelim_explanation = $3,
         version = version + 1, updated_at = now()
   WHERE id = $1`;

const SET_RESOLUTION_DUE = `
  UPDATE denunciation_resolution SET notice_due_on = $2, due_on = $3, due_explanation = $4,
         due_remaining_days = $5, version = version + 1, updated_at = now()
   WHERE id = $1`;

const SET_CONCLUSION_DUE = `
  UPDATE denunciation_resolution SET conclusion_notice_due_on = $2, handling_due_on = $3,
         version = version + 1, updated_at = now()
   WHERE id = $1`;

/**
 * Keeps the dates of the current phase of denunciation proceedings in step with calendar edits
 * (docs/legal.md): D11 in the preliminary check; D13 and D14 from acceptance to the conclusion;
 * D15 and D16 until the conclusion is handled. Runs inside the calendar edit's transaction (the
 * registry's contract: only `manager`); a date with a stored explanation gets the new one.
 */
@Injectable()
export class DenunciationDeadlineRecalculation extends ProceedingRecalculation<DenunciationResolutionEntity> {
  constructor(
    registry: DeadlineRecalculationRegistry,
    private readonly deadlines: DenunciationDeadlinesService,
    private readonly denunciations: DenunciationsRepository,
    clock: Clock,
  ) {
    super(registry, 'denunciations', clock);
  }

  protected open(
    manager: EntityManager,
    span: RecalculationSpan,
  ): Promise<DenunciationResolutionEntity[]> {
    return this.denunciations.openForRecalculation(manager, span);
  }

  protected recalculateOne(d: DenunciationResolutionEntity, manager: EntityManager) {
    switch (denunciationPhaseOf(d.status)) {
      case DenunciationPhase.Prelim:
        return this.prelim(d, manager);
      case DenunciationPhase.Resolution:
        return this.resolution(d, manager);
      case DenunciationPhase.Conclusion:
        return this.conclusion(d, manager);
      case null:
        return Promise.resolve(false);
    }
  }

  /** D11 from the receipt (Luật TC 2018 Đ24 k1), extended or not. */
  private async prelim(d: DenunciationResolutionEntity, manager: EntityManager) {
    const prelim = await this.deadlines.prelim(d.receivedOn, d.prelimExtended, manager);
    if (prelim.dueOn === d.prelimDueOn) return false;
    await manager.query(SET_PRELIM_DUE, [d.id, prelim.dueOn, JSON.stringify(prelim.explanation)]);
    return true;
  }

  /** D13 (Đ29 k3) and D14 (Đ30: stored version, extensions, suspensions) from the acceptance. */
  private async resolution(d: DenunciationResolutionEntity, manager: EntityManager) {
    const acceptedOn = d.acceptedOn as LocalDate;
    const notice = await this.deadlines.acceptanceNotice(acceptedOn, manager);
    const suspensions = suspensionsOf(await this.denunciations.suspensions(d.id, manager));
    const due = await this.deadlines.resolution(d, { suspensions }, manager);
    const noticeDueOn = notice?.dueOn ?? null;
    if (noticeDueOn === d.noticeDueOn && due.dueOn === d.dueOn) return false;
    await manager.query(SET_RESOLUTION_DUE, [
      d.id,
      noticeDueOn,
      due.dueOn,
      JSON.stringify(due.explanation),
      due.remainingDays ?? null,
    ]);
    return true;
  }

  /** D15 (Đ35) and D16 (Đ36) from the conclusion. */
  private async conclusion(d: DenunciationResolutionEntity, manager: EntityManager) {
    const after = await this.deadlines.concluded(d.concludedOn as LocalDate, manager);
    const noticeDueOn = after.notice?.dueOn ?? null;
    const handlingDueOn = after.handling?.dueOn ?? null;
    if (noticeDueOn === d.conclusionNoticeDueOn && handlingDueOn === d.handlingDueOn) return false;
    await manager.query(SET_CONCLUSION_DUE, [d.id, noticeDueOn, handlingDueOn]);
    return true;
  }
}
