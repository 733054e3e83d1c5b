import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { Clock } from '../common/time/clock';
import {
  DeadlineRecalculationRegistry,
  type RecalculationSpan,
} from '../legal/deadline-recalculation.registry';
import { ProceedingRecalculation } from '../legal/proceeding-recalculation';
import { ComplaintDeadlinesService, suspensionsOf } from './complaint-deadlines.service';
import type { ComplaintResolutionEntity } from './complaint-resolution.entity';
import { ComplaintsRepository } from './complaints.repository';
import {
  ComplaintPendingDate,
  pendingComplaintDate,
} from './domain/complaint-deadline-recalculation';

const SET_ACCEPTANCE_DUE = `
  UPDATE complaint_resolution SET acceptance_due_on = $2, acceptance_explanation = $3,
         version = version + 1, updated_at = now()
   WHERE id = $1`;

const SET_RESOLUTION_DUE = `
  UPDATE complaint_resolution SET due_on = $2, due_explanation = $3, due_remaining_days = $4,
         version = version + 1, updated_at = now()
   WHERE id = $1`;

/**
 * Keeps the pending dates of complaint proceedings in step with calendar edits (docs/legal.md):
 * D4 while received, D5/D8 until the decision, the decision's D9 legal-effect date while it is
 * still ahead. Runs inside the calendar edit's transaction (the registry's contract: only
 * `manager`), each date with its refreshed explanation; counts proceedings with a moved date.
 */
@Injectable()
export class ComplaintDeadlineRecalculation extends ProceedingRecalculation<ComplaintResolutionEntity> {
  constructor(
    registry: DeadlineRecalculationRegistry,
    private readonly deadlines: ComplaintDeadlinesService,
    private readonly complaints: ComplaintsRepository,
    clock: Clock,
  ) {
    super(registry, 'complaints', clock);
  }

  protected open(
    manager: EntityManager,
    span: RecalculationSpan,
  ): Promise<ComplaintResolutionEntity[]> {
    return this.complaints.openForRecalculation(manager, span);
  }

  protected recalculateOne(c: ComplaintResolutionEntity, manager: EntityManager): Promise<boolean> {
    switch (pendingComplaintDate(c.status)) {
      case ComplaintPendingDate.Acceptance:
        return this.acceptance(c, manager);
      case ComplaintPendingDate.Resolution:
        return this.resolution(c, manager);
      case ComplaintPendingDate.LegalEffect: // D9 (Luật KN Đ44); the query left out past dates
        return this.deadlines.refreshLegalEffect(c, manager);
      case null:
        return Promise.resolve(false);
    }
  }

  /** D4 from the receipt (Luật KN Đ27, Đ36). */
  private async acceptance(c: ComplaintResolutionEntity, manager: EntityManager) {
    const due = await this.deadlines.acceptanceWindow(c.receivedOn, manager);
    if (due.dueOn === null || due.dueOn === c.acceptanceDueOn) return false;
    await manager.query(SET_ACCEPTANCE_DUE, [c.id, due.dueOn, JSON.stringify(due.explanation)]);
    return true;
  }

  /** D5/D8 from the acceptance, with the stored rule version and the suspensions. */
  private async resolution(c: ComplaintResolutionEntity, manager: EntityManager) {
    const suspensions = suspensionsOf(await this.complaints.suspensions(c.id, manager));
    const due = await this.deadlines.forProceeding(c, suspensions, manager);
    if (due.dueOn === c.dueOn) return false;
    const explanation = JSON.stringify(due.explanation);
    await manager.query(SET_RESOLUTION_DUE, [
      c.id,
      due.dueOn,
      explanation,
      due.remainingDays ?? null,
    ]);
    return true;
  }
}
