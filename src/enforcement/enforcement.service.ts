import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Role } from '../auth/role';
import { notFound, staleVersion } from '../common/errors/common-errors';
import { Clock } from '../common/time/clock';
import { updateWithVersion } from '../database/optimistic-update';
import { runInTransaction } from '../database/transaction';
import { DecisionsService } from '../decisions/decisions.service';
import { decisionKindOf } from '../decisions/domain/document-kind';
import { EnforcementType, type RecommendedMeasure } from '../decisions/domain/recommended-measures';
import { AccessScopeService } from '../scope/access-scope.service';
import { completedOn } from './domain/decision-completion';
import type { ProgressInput } from './domain/enforcement-progress';
import { itemCompletedOn, itemStatus } from './domain/item-status';
import { recordProgress } from './domain/record-progress';
import { reopenItem } from './domain/reopen-item';
import { enforcementAppErrors } from './enforcement-app-errors';
import { EnforcementDecisionEntity } from './enforcement-decision.entity';
import { EnforcementItemEntity } from './enforcement-item.entity';
import { EnforcementProgressEntity } from './enforcement-progress.entity';
import { EnforcementReopeningEntity } from './enforcement-reopening.entity';
import { type LoadedDecision, type LoadedItem, trackedOf } from './enforcement-rows';
import { itemRow, measureOf, progressRow } from './enforcement-writes';
import { decisionView, type EnforcementDecisionView } from './enforcement.mapper';
import { EnforcementRepository } from './enforcement.repository';

/** A decision that recommends no measure still gets one item, so it can be completed. */
const DEFAULT_MEASURE: RecommendedMeasure = {
  type: EnforcementType.Other,
  description: 'Tổ chức thi hành quyết định, kết luận',
};

export interface ProgressBody extends Omit<ProgressInput, 'on' | 'documentRef'> {
  version: number;
  on: string;
  documentRef: string;
}

export interface ReopenBody {
  version: number;
  reason: string;
  voidEntryIds: string[];
  on?: string;
}

function requireActor(ctx: ActionContext): AuthenticatedOfficer {
  if (!ctx.actor) throw new Error('Enforcement actions are taken by an officer');
  return ctx.actor;
}

/**
 * Enforcement of legally effective decisions and conclusions (issue 8; DOMAIN §6): items from the
 * recommended measures, progress entries, leader reopenings, the outstanding worklist and the
 * 02/04 KQGQ figures. Every rule is the pure domain's (./domain); each write is one transaction
 * with its audit row.
 */
@Injectable()
export class EnforcementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: EnforcementRepository,
    private readonly decisions: DecisionsService,
    private readonly audit: AuditService,
    private readonly scope: AccessScopeService,
    private readonly clock: Clock,
  ) {}

  /**
   * Turns a legally effective decision's measures into items, in the caller's transaction;
   * idempotent (returns the existing tracking when there is one). 409 when not yet effective.
   */
  async openForDecision(
    manager: EntityManager,
    ctx: ActionContext,
    decisionId: string,
  ): Promise<string> {
    await manager.query('SELECT id FROM decision WHERE id = $1 FOR UPDATE', [decisionId]);
    const existing = await manager.query<{ id: string }[]>(
      'SELECT id FROM enforcement_decision WHERE decision_id = $1',
      [decisionId],
    );
    if (existing[0]) return existing[0].id;
    const found = await this.decisions.findWithMeasures(manager, decisionId);
    if (!found) throw notFound('decision');
    const { decision, measures } = found;
    const kind = decisionKindOf(decision.kind);
    const today = this.clock.today();
    const effect = decision.legalEffectOn;
    if (kind === null || effect === null || effect > today) {
      throw enforcementAppErrors.notEffective(decisionId);
    }
    const id = randomUUID();
    await manager.insert(EnforcementDecisionEntity, {
      id,
      agencyId: decision.agencyId,
      decisionId,
      kind,
      source: 'system',
      numberSymbol: decision.numberSymbol,
      issuedOn: decision.issuedOn,
      legalEffectOn: effect,
      enforcementStartedOn: today,
      completedOn: null,
      createdBy: ctx.actor?.id ?? null,
    });
    const recommended =
      measures.length > 0
        ? measures.map((m) => ({ measureId: m.id, measure: measureOf(m) }))
        : [{ measureId: null, measure: DEFAULT_MEASURE }];
    const rows = recommended.map(({ measureId, measure }, position) =>
      itemRow(
        { id: randomUUID(), enforcementDecisionId: id, agencyId: decision.agencyId, measureId },
        position,
        measure,
      ),
    );
    await manager.insert(EnforcementItemEntity, rows);
    await this.audit.record(manager, {
      actorId: ctx.actor?.id ?? null,
      action: 'enforcement.open',
      entityType: 'enforcement_decision',
      entityId: id,
      agencyId: decision.agencyId,
      requestId: ctx.requestId,
      data: { decisionId, items: rows.length },
    });
    return id;
  }

  /** POST /enforcement/decisions/:decisionId/open (leaders in scope). */
  open(ctx: ActionContext, decisionId: string): Promise<EnforcementDecisionView> {
    const actor = requireActor(ctx);
    return runInTransaction(this.dataSource, async (manager) => {
      const decision = await this.decisions.find(manager, decisionId);
      if (!decision || !(await this.scope.canSee(actor, decision.agencyId))) {
        throw notFound('decision');
      }
      const id = await this.openForDecision(manager, ctx, decisionId);
      return this.viewOf(manager, id);
    });
  }

  async get(viewer: AuthenticatedOfficer, id: string): Promise<EnforcementDecisionView> {
    const manager = this.dataSource.manager;
    const loaded = await this.repository.findDecision(manager, id);
    if (!loaded || !(await this.scope.canSee(viewer, loaded.decision.agencyId))) {
      throw notFound('enforcement_decision');
    }
    return this.view(manager, loaded);
  }

  /** POST /enforcement/items/:id/progress: 201 with the decision; 400 / 409 from the domain. */
  record(ctx: ActionContext, itemId: string, body: ProgressBody): Promise<EnforcementDecisionView> {
    const actor = requireActor(ctx);
    return this.onItem(actor, itemId, body.version, async (manager, loaded, target) => {
      const { version: _version, ...input } = body;
      const recorded = recordProgress(
        target.item,
        target.entries.map((e) => e.entry),
        { ...input, id: randomUUID() },
        { today: this.clock.today(), legalEffectOn: loaded.decision.legalEffectOn },
      );
      await manager.insert(
        EnforcementProgressEntity,
        progressRow(target.item.type, target.item.id, recorded.entry, actor.id),
      );
      target.entries.push({ entry: recorded.entry, voidedBy: null, createdBy: actor.id });
      const decisionDone = await this.saveState(manager, loaded, target);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'enforcement.progress',
        entityType: 'enforcement_item',
        entityId: target.item.id,
        agencyId: loaded.decision.agencyId,
        requestId: ctx.requestId,
        data: {
          entryId: recorded.entry.id,
          on: recorded.entry.on,
          amount: recorded.entry.amount ?? null,
          status: recorded.status,
          completedOn: recorded.completedOn,
          decisionCompletedOn: decisionDone,
        },
      });
    });
  }

  /** POST /enforcement/items/:id/reopen: leaders only, with a reason; voids the named entries. */
  reopen(ctx: ActionContext, itemId: string, body: ReopenBody): Promise<EnforcementDecisionView> {
    const actor = requireActor(ctx);
    return this.onItem(actor, itemId, body.version, async (manager, loaded, target) => {
      const reopened = reopenItem(
        target.item,
        target.entries.map((e) => e.entry),
        {
          on: body.on ?? this.clock.today(),
          actor: { officerId: actor.id, isLeader: actor.roles.includes(Role.Leader) },
          reason: body.reason,
          voidEntryIds: body.voidEntryIds,
        },
      );
      const reopeningId = randomUUID();
      await manager.insert(EnforcementReopeningEntity, {
        id: reopeningId,
        itemId,
        on: reopened.reopening.on,
        reason: reopened.reopening.reason,
        byOfficerId: actor.id,
      });
      await manager.query(
        `UPDATE enforcement_progress SET voided_by_reopening_id = $1
         WHERE item_id = $2 AND id = ANY($3::uuid[])`,
        [reopeningId, itemId, [...reopened.event.voidedEntryIds]],
      );
      const voided = new Set(reopened.event.voidedEntryIds);
      for (const e of target.entries) if (voided.has(e.entry.id)) e.voidedBy = reopeningId;
      target.item = reopened.item;
      const decisionDone = await this.saveState(manager, loaded, target);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'enforcement.reopen',
        entityType: 'enforcement_item',
        entityId: itemId,
        agencyId: loaded.decision.agencyId,
        requestId: ctx.requestId,
        data: { ...reopened.event, reopeningId, decisionCompletedOn: decisionDone },
      });
    });
  }

  /** Lock the item's decision, check scope (404) and version (409), run, answer the decision. */
  private onItem(
    actor: AuthenticatedOfficer,
    itemId: string,
    version: number,
    work: (manager: EntityManager, loaded: LoadedDecision, target: LoadedItem) => Promise<void>,
  ): Promise<EnforcementDecisionView> {
    return runInTransaction(this.dataSource, async (manager) => {
      const locked = await this.repository.lockDecisionOfItem(manager, itemId);
      if (!locked || !(await this.scope.canSee(actor, locked.agencyId))) {
        throw notFound('enforcement_item');
      }
      const loaded = await this.repository.findDecision(manager, locked.decisionId);
      const target = loaded?.items.find((i) => i.item.id === itemId);
      if (!loaded || !target) throw notFound('enforcement_item');
      if (target.version !== version) throw staleVersion(target.version);
      await work(manager, loaded, target);
      return this.viewOf(manager, loaded.decision.id);
    });
  }

  /** Rewrites the cached status and completion of the item and its decision. */
  private async saveState(
    manager: EntityManager,
    loaded: LoadedDecision,
    target: LoadedItem,
  ): Promise<string | null> {
    const progress = target.entries.map((e) => e.entry);
    await updateWithVersion(manager, {
      table: 'enforcement_item',
      id: target.item.id,
      version: target.version,
      set: {
        status: itemStatus(target.item, progress),
        completed_on: itemCompletedOn(target.item, progress),
      },
    });
    const done = completedOn(trackedOf(loaded.items));
    await manager.query(
      `UPDATE enforcement_decision SET completed_on = $2, version = version + 1, updated_at = now()
       WHERE id = $1`,
      [loaded.decision.id, done],
    );
    return done;
  }

  private async viewOf(manager: EntityManager, id: string): Promise<EnforcementDecisionView> {
    const loaded = await this.repository.findDecision(manager, id);
    if (!loaded) throw notFound('enforcement_decision');
    return this.view(manager, loaded);
  }

  private async view(manager: EntityManager, loaded: LoadedDecision) {
    const reopenings = await this.repository.reopeningsOf(
      manager,
      loaded.items.map((i) => i.item.id),
    );
    return decisionView(loaded, reopenings);
  }
}
