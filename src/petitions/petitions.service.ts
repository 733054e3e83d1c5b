import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { ContentType } from '../cases/domain/case-enums';
import { contentTypeLabelsVi } from '../common/i18n/case-messages.vi';
import { AccessScopeService } from '../scope/access-scope.service';
import { CheckExtensionGround } from './domain/petition-enums';
import { petitionErrors } from './domain/petition-errors';
import { PetitionAction } from './domain/petition-status';
import type { PetitionEntity } from './petition.entity';
import { PetitionTransitions } from './petition-transitions.service';
import { PetitionsRepository } from './petitions.repository';
import { requireActor } from './require-actor';

/**
 * The leader's extension of a denunciation's preliminary check decided at the petition stage
 * (POST /petitions/:id/extend-check; Luật Tố cáo 2018 Điều 24 khoản 1: 7 working days, once to
 * 10). The period runs from receipt, so the proceeding inherits it as its one extension.
 */
export interface PetitionCheckExtension {
  /** One of Điều 24(1)'s two grounds, from the extension's history row (null without one). */
  ground: CheckExtensionGround | null;
  /** The leader who decided it (officer id). */
  decidedBy: string | null;
  /** When it was recorded (ISO instant of the history row). */
  decidedAt: string | null;
}

/** What the resolution modules learn of the petition they accept (thụ lý). */
export interface PetitionForResolution {
  petitionId: string;
  caseId: string;
  agencyId: string;
  receivedOn: string;
  type: ContentType.Complaint | ContentType.Denunciation;
  isAnonymous: boolean;
  /** A denunciation's D11 extended at the petition stage; null when it was not. */
  checkExtension: PetitionCheckExtension | null;
}

const GROUNDS: readonly string[] = Object.values(CheckExtensionGround);

/**
 * The petitions module's contract with the resolution modules (complaints, denunciations):
 * taking a petition proposed for acceptance into a proceeding, in the caller's transaction.
 */
@Injectable()
export class PetitionsService {
  constructor(
    private readonly petitions: PetitionsRepository,
    private readonly transitions: PetitionTransitions,
    private readonly scope: AccessScopeService,
  ) {}

  /**
   * Locks the petition (FOR UPDATE); 404 when missing or outside the actor's scope; 409 when it
   * (or, for a split petition, this part) is not of `expectedType` or not `proposed_for_acceptance`.
   * Sets `accepted` with its history and audit rows and returns the facts the proceeding needs.
   */
  async takeForResolution(
    manager: EntityManager,
    ctx: ActionContext,
    petitionId: string,
    expectedType: 'complaint' | 'denunciation',
  ): Promise<PetitionForResolution> {
    const actor = requireActor(ctx);
    const petition = await this.petitions.lockById(manager, petitionId);
    if (!petition || !(await this.scope.canSee(actor, petition.agencyId))) {
      throw petitionErrors.notFound();
    }
    const type = expectedType === 'complaint' ? ContentType.Complaint : ContentType.Denunciation;
    if (petition.type !== type) {
      throw petitionErrors.typeMismatch(
        contentTypeLabelsVi[type].toLocaleLowerCase('vi'),
        contentTypeLabelsVi[petition.type].toLocaleLowerCase('vi'),
      );
    }
    await this.transitions.apply(manager, ctx, { petition, action: PetitionAction.Accept });
    return {
      petitionId: petition.id,
      caseId: petition.caseId,
      agencyId: petition.agencyId,
      receivedOn: petition.receivedOn,
      type,
      isAnonymous: petition.isAnonymous,
      checkExtension: await this.checkExtensionOf(manager, petition),
    };
  }

  /** The D11 extension (`check_extended`) with its ground and leader from the history row. */
  private async checkExtensionOf(
    manager: EntityManager,
    petition: PetitionEntity,
  ): Promise<PetitionCheckExtension | null> {
    if (!petition.checkExtended) return null;
    const event = await this.petitions.lastEvent(manager, petition.id, PetitionAction.ExtendCheck);
    const ground = event?.data.ground;
    return {
      ground:
        typeof ground === 'string' && GROUNDS.includes(ground)
          ? (ground as CheckExtensionGround)
          : null,
      decidedBy: event?.actorId ?? null,
      decidedAt: event ? new Date(event.occurredAt).toISOString() : null,
    };
  }
}
