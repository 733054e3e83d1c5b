import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { Clock } from '../common/time/clock';
import { petitionErrors } from './domain/petition-errors';
import type { PetitionResponseDto } from './dto/petition.response.dto';
import type { PetitionEntity } from './petition.entity';
import { PetitionListRepository } from './petition-list.repository';
import { PetitionScopeService } from './petition-scope.service';
import { toPetitionResponse } from './petition.mapper';
import { PetitionsRepository } from './petitions.repository';
import { requireActor } from './require-actor';

/** The first and last steps of every write on one petition: lock it in scope, answer with it. */
@Injectable()
export class PetitionLocksService {
  constructor(
    private readonly petitions: PetitionsRepository,
    private readonly rows: PetitionListRepository,
    private readonly scope: PetitionScopeService,
    private readonly clock: Clock,
  ) {}

  /** The row locked until commit; 404 when missing or outside the officer's scope. */
  async lockVisible(
    manager: EntityManager,
    ctx: ActionContext,
    id: string,
  ): Promise<PetitionEntity> {
    const petition = await this.petitions.lockById(manager, id);
    if (!petition || !(await this.scope.canSee(requireActor(ctx), petition.agencyId))) {
      throw petitionErrors.notFound();
    }
    return petition;
  }

  /**
   * The petition as written, read through the transaction, signatories by pseudonym only: a
   * POST reply may be stored with its Idempotency-Key and must hold no identity (DESIGN §7).
   */
  async respond(
    manager: EntityManager,
    ctx: ActionContext,
    id: string,
  ): Promise<PetitionResponseDto> {
    requireActor(ctx);
    const row = await this.rows.findRow(id, manager);
    if (!row) throw petitionErrors.notFound();
    return toPetitionResponse(row, { refs: new Map(), today: this.clock.today() });
  }
}
