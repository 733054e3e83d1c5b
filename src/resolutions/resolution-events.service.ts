import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import { Clock } from '../common/time/clock';
import type { ProceedingType } from './domain/proceeding-enums';
import { ResolutionEventsRepository } from './resolution-events.repository';

/** The proceeding an event is about. */
export interface ProceedingRef {
  type: ProceedingType;
  id: string;
  caseId: string;
  agencyId: string;
}

export interface ResolutionEventInput {
  /** The domain action (`accept`, `decide` …); the audit action is `<type>.<action>`. */
  action: string;
  actedOn: string;
  legalBasis: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  /** Ids, codes, dates, statuses: never personal data (the row is also the audit's data). */
  data?: Record<string, unknown>;
}

/** Writes the event of a named action and its audit row, in the action's transaction. */
@Injectable()
export class ResolutionEventsService {
  constructor(
    private readonly events: ResolutionEventsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async record(
    manager: EntityManager,
    ctx: ActionContext,
    proceeding: ProceedingRef,
    event: ResolutionEventInput,
  ): Promise<void> {
    const actorId = ctx.actor?.id ?? null;
    const data = event.data ?? {};
    await this.events.insert(manager, {
      proceedingType: proceeding.type,
      proceedingId: proceeding.id,
      caseId: proceeding.caseId,
      agencyId: proceeding.agencyId,
      action: event.action,
      actorId,
      occurredAt: this.clock.now(),
      actedOn: event.actedOn,
      legalBasis: event.legalBasis,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      data,
    });
    await this.audit.record(manager, {
      actorId,
      action: `${proceeding.type}.${event.action}`,
      entityType: `${proceeding.type}_resolution`,
      entityId: proceeding.id,
      agencyId: proceeding.agencyId,
      requestId: ctx.requestId,
      data: { from: event.fromStatus ?? null, to: event.toStatus ?? null, ...data },
    });
  }
}
