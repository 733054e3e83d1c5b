import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import { staleVersion } from '../common/errors/common-errors';
import { petitionActionLabelsVi, petitionStatusLabelsVi } from '../common/i18n/petition-labels.vi';
import { legalBasisOf } from './domain/legal-basis';
import type { PetitionStatus } from './domain/petition-enums';
import { petitionErrors } from './domain/petition-errors';
import { nextPetitionStatus, type PetitionAction } from './domain/petition-status';
import type { PetitionEntity } from './petition.entity';
import { PetitionsRepository } from './petitions.repository';

export interface TransitionRequest {
  /** The row, read under lock in this transaction. */
  petition: PetitionEntity;
  action: PetitionAction;
  /** The version the officer read; omitted by system actions that only rely on the lock. */
  version?: number;
  /** Other snake_case columns to set with the new status. */
  set?: Readonly<Record<string, unknown>>;
  /** Ids, codes and dates for the history row and the audit row; never identity, never text. */
  data?: Readonly<Record<string, unknown>>;
  /**
   * The competent body the step names (guide, forward, urge, refer_*, return_misrouted): text the
   * officer typed, kept on the step's own row (petition_step_body), never in `data`.
   */
  body?: string;
  /** The note typed on the step: on the step's own row too (the petition keeps the latest). */
  note?: string;
}

/**
 * Applies one named action (domain/petition-status.ts): 409 when the table refuses it or the
 * version is stale; otherwise the new status and columns, a history row (with the body it names
 * beside it) and an audit row, in the caller's transaction.
 */
@Injectable()
export class PetitionTransitions {
  constructor(
    private readonly petitions: PetitionsRepository,
    private readonly audit: AuditService,
  ) {}

  /** 409 when the transition table does not allow `action` in the petition's status. */
  assertAllowed(petition: PetitionEntity, action: PetitionAction): PetitionStatus {
    const to = nextPetitionStatus(petition.status, action);
    if (to === null) {
      const labels = [petitionActionLabelsVi[action], petitionStatusLabelsVi[petition.status]];
      throw petitionErrors.transition(labels[0]!, labels[1]!);
    }
    return to;
  }

  async apply(
    manager: EntityManager,
    ctx: ActionContext,
    req: TransitionRequest,
  ): Promise<PetitionStatus> {
    const { petition, action } = req;
    const to = this.assertAllowed(petition, action);
    if (req.version !== undefined && req.version !== petition.version) {
      throw staleVersion(petition.version);
    }
    await this.petitions.update(manager, petition, { ...req.set, status: to });
    await this.record(manager, ctx, { ...req, to });
    return to;
  }

  private async record(
    manager: EntityManager,
    ctx: ActionContext,
    req: TransitionRequest & { to: PetitionStatus },
  ): Promise<void> {
    const { petition, action, to } = req;
    const data = { ...req.data };
    const legalBasis = legalBasisOf(action, petition.type, petition.isAnonymous);
    const actorId = ctx.actor?.id ?? null;
    const eventId = await this.petitions.insertEvent(manager, {
      petitionId: petition.id,
      action,
      fromStatus: petition.status,
      toStatus: to,
      actorId,
      legalBasis,
      data,
    });
    if (req.body !== undefined || req.note !== undefined) {
      await this.petitions.insertStepText(manager, {
        eventId,
        petitionId: petition.id,
        body: req.body ?? null,
        note: req.note ?? null,
      });
    }
    await this.audit.record(manager, {
      actorId,
      action: `petition.${action}`,
      entityType: 'petition',
      entityId: petition.id,
      agencyId: petition.agencyId,
      requestId: ctx.requestId,
      data: { from: petition.status, to, legalBasis, ...data },
    });
  }
}
