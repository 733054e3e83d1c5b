import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { Clock, localDateOf } from '../common/time/clock';
import { runInTransaction } from '../database/transaction';
import { AccessScopeService } from '../scope/access-scope.service';
import { throwIfViolated } from './domain/reception-errors';
import { checkVisit } from './domain/visit-rules';
import type { CreateVisitDto } from './dto/create-visit.dto';
import type { VisitResponseDto } from './dto/visit.response.dto';
import { requireActor } from './require-actor';
import { visitFactsOf } from './visit-facts';
import { VisitQueryService } from './visit-query.service';
import { VisitWriter } from './visit-writer.service';

/**
 * Recording a visit (POST /reception/visits): the pure rules first (nothing is written when one
 * is broken), then every row in ONE transaction (VisitWriter), then the visit with its visitors
 * by pseudonym (GET /reception/visits/:id shows identities, audited, to those allowed).
 */
@Injectable()
export class VisitIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: VisitWriter,
    private readonly query: VisitQueryService,
    private readonly scope: AccessScopeService,
    private readonly clock: Clock,
  ) {}

  async record(ctx: ActionContext, dto: CreateVisitDto): Promise<VisitResponseDto> {
    const actor = requireActor(ctx);
    const receivedAt = new Date(dto.receivedAt);
    const visitOn = localDateOf(receivedAt);
    throwIfViolated(checkVisit(visitFactsOf(dto, { receivedAt, visitOn, now: this.clock.now() })));
    const scope = await this.scope.agencyIdsFor(actor);
    const draft = { dto, ctx, actor, visitId: randomUUID(), receivedAt, visitOn, scope };
    return runInTransaction(this.dataSource, async (manager) => {
      await this.writer.write(manager, draft);
      return this.query.getByPseudonym(actor, draft.visitId, manager);
    });
  }
}
