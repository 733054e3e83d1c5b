import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { staleVersion } from '../common/errors/common-errors';
import type { Page } from '../common/http/page';
import { sessionActionLabelsVi, sessionStatusLabelsVi } from '../common/i18n/reception-labels.vi';
import { Clock } from '../common/time/clock';
import { updateWithVersion } from '../database/optimistic-update';
import { runInTransaction } from '../database/transaction';
import { receptionErrors, throwIfViolated } from './domain/reception-errors';
import { checkHeldOn, nextSessionStatus, SessionAction } from './domain/reception-session-status';
import type { ListSessionsQueryDto } from './dto/list-sessions.query.dto';
import type { PlanSessionDto } from './dto/plan-session.dto';
import type { CancelSessionDto, HoldSessionDto } from './dto/session-actions.dto';
import type { SessionResponseDto } from './dto/session.response.dto';
import { requireActor } from './require-actor';
import { ReceptionScopeService } from './reception-scope.service';
import type { ReceptionSessionEntity } from './reception-session.entity';
import { toSessionResponse } from './reception-session.mapper';
import { ReceptionSessionsRepository } from './reception-sessions.repository';

interface SessionChange {
  action: SessionAction;
  version: number;
  set: Record<string, unknown>;
  data: Record<string, unknown>;
}

/** A head's reception sessions (kỳ tiếp): plan, hold, cancel, read (DOMAIN.md §2.1). */
@Injectable()
export class ReceptionSessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: ReceptionSessionsRepository,
    private readonly scope: ReceptionScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async plan(ctx: ActionContext, dto: PlanSessionDto): Promise<SessionResponseDto> {
    const actor = requireActor(ctx);
    const agencyId = await this.scope.oneAgency(actor, dto.agencyId);
    const created = await runInTransaction(this.dataSource, async (manager) => {
      const session = await this.sessions.insert(manager, {
        agencyId,
        headName: dto.headName,
        headTitle: dto.headTitle,
        plannedOn: dto.plannedOn,
        place: dto.place,
        createdBy: actor.id,
      });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'reception_session.plan',
        entityType: 'reception_session',
        entityId: session.id,
        agencyId,
        requestId: ctx.requestId,
        data: { plannedOn: session.plannedOn },
      });
      return session;
    });
    return toSessionResponse(created, 0);
  }

  async hold(ctx: ActionContext, id: string, dto: HoldSessionDto): Promise<SessionResponseDto> {
    const session = await this.getVisible(requireActor(ctx), id);
    throwIfViolated(checkHeldOn(dto.heldOn, this.clock.today()));
    const set = { status: 'held', held_on: dto.heldOn };
    const data = { heldOn: dto.heldOn };
    return this.change(ctx, session, {
      action: SessionAction.Hold,
      version: dto.version,
      set,
      data,
    });
  }

  async cancel(ctx: ActionContext, id: string, dto: CancelSessionDto): Promise<SessionResponseDto> {
    const session = await this.getVisible(requireActor(ctx), id);
    const set = { status: 'cancelled', cancel_reason: dto.reason };
    const change = { action: SessionAction.Cancel, version: dto.version, set, data: {} };
    return this.change(ctx, session, change);
  }

  async get(viewer: AuthenticatedOfficer, id: string): Promise<SessionResponseDto> {
    return this.withVisitCount(await this.getVisible(viewer, id));
  }

  async list(
    viewer: AuthenticatedOfficer,
    q: ListSessionsQueryDto,
  ): Promise<Page<SessionResponseDto>> {
    const agencyIds = await this.scope.agencyFilter(viewer, q.agencyId);
    const page = await this.sessions.list({ ...q, agencyIds });
    const counts = await this.sessions.visitCounts(page.items.map((s) => s.id));
    return { ...page, items: page.items.map((s) => toSessionResponse(s, counts.get(s.id) ?? 0)) };
  }

  /** The session, if the viewer's scope covers its agency; the same 404 otherwise. */
  async getVisible(viewer: AuthenticatedOfficer, id: string): Promise<ReceptionSessionEntity> {
    const session = await this.sessions.findById(id);
    if (!session || !(await this.scope.canSee(viewer, session.agencyId))) {
      throw receptionErrors.sessionNotFound();
    }
    return session;
  }

  /**
   * A named state change, decided on the row as it is when written: inside the transaction the
   * session is locked (FOR UPDATE), its status must allow the action (409 otherwise) and its
   * version must be the client's (409 STALE_VERSION) — so a session read earlier, or a version
   * guessed ahead, can never turn a held session into a cancelled one or the reverse.
   */
  private async change(
    ctx: ActionContext,
    session: ReceptionSessionEntity,
    c: SessionChange,
  ): Promise<SessionResponseDto> {
    this.checkTransition(session, c.action);
    const updated = await runInTransaction(this.dataSource, async (manager) => {
      const current = await this.sessions.lockById(manager, session.id);
      if (!current) throw receptionErrors.sessionNotFound();
      this.checkTransition(current, c.action);
      if (current.version !== c.version) throw staleVersion(current.version);
      await updateWithVersion(manager, {
        table: 'reception_session',
        id: session.id,
        version: current.version,
        set: c.set,
      });
      await this.audit.record(manager, {
        actorId: ctx.actor?.id ?? null,
        action: `reception_session.${c.action}`,
        entityType: 'reception_session',
        entityId: session.id,
        agencyId: session.agencyId,
        requestId: ctx.requestId,
        data: { from: current.status, ...c.data },
      });
      return this.sessions.findById(session.id, manager);
    });
    return this.withVisitCount(updated!);
  }

  private async withVisitCount(session: ReceptionSessionEntity): Promise<SessionResponseDto> {
    const counts = await this.sessions.visitCounts([session.id]);
    return toSessionResponse(session, counts.get(session.id) ?? 0);
  }

  private checkTransition(session: ReceptionSessionEntity, action: SessionAction): void {
    if (!nextSessionStatus(session.status, action)) {
      throw receptionErrors.sessionTransition(
        sessionActionLabelsVi[action],
        sessionStatusLabelsVi[session.status],
      );
    }
  }
}
