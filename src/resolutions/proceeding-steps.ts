import type { DataSource, EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import type { AppError } from '../common/errors/app-error';
import { staleVersion } from '../common/errors/common-errors';
import { updateWithVersion } from '../database/optimistic-update';
import { runInTransaction } from '../database/transaction';
import type { ProceedingType } from './domain/proceeding-enums';
import { requireActor } from './require-actor';
import type { ResolutionEventsService } from './resolution-events.service';

/** What an action writes besides the status: columns (snake_case) and event data. */
export interface StepResult {
  set?: Record<string, unknown>;
  data?: Record<string, unknown>;
}

/** The columns every proceeding row has. */
export interface ProceedingRow {
  id: string;
  caseId: string;
  agencyId: string;
  status: string;
  version: number;
}

/** A move of a state machine: the next state (status and the status to resume to). */
export interface MachineMove {
  state: { status: string; resumeTo: string | null };
}

/** One named action (STYLE §2.5, the mutating method recipe). */
export interface ProceedingStep<E, A, C, T> {
  action: A;
  /** The event's name when it is not the domain action (e.g. a working minute). */
  eventAction?: string;
  version: number;
  actedOn: string;
  /** The article the action rests on; a function when it depends on the proceeding. */
  legalBasis: string | ((row: E) => string);
  /** The guard's context, read from the locked row and its records. */
  context?: (row: E, manager: EntityManager) => Promise<C>;
  /** Writes after the domain allowed the move (documents, child rows) and the columns to set. */
  apply?: (row: E, manager: EntityManager, move: T) => Promise<StepResult>;
}

/** A change that is not a move of the state machine (flags), allowed in some statuses. */
export interface ProceedingEdit<E> {
  eventAction: string;
  /** Vietnamese verb for the 409 message. */
  actionLabel: string;
  allowed: ReadonlySet<string>;
  version: number;
  actedOn: string;
  legalBasis: string;
  apply: (row: E, manager: EntityManager) => Promise<StepResult>;
}

/**
 * Runs the actions of one kind of proceeding, each in one transaction: lock the row and check
 * access (404), check the version (409 STALE_VERSION), let the pure state machine decide (409 with
 * the domain's code), then write the row, the event and the audit row together.
 */
export abstract class ProceedingSteps<
  E extends ProceedingRow,
  A extends string,
  C,
  T extends MachineMove,
  R,
> {
  protected abstract readonly table: string;
  protected abstract readonly type: ProceedingType;

  constructor(
    protected readonly dataSource: DataSource,
    protected readonly events: ResolutionEventsService,
  ) {}

  /** The row, locked, if the viewer may see it (404 otherwise). */
  protected abstract lockVisible(
    viewer: AuthenticatedOfficer,
    id: string,
    manager: EntityManager,
  ): Promise<E>;
  protected abstract next(row: E, action: A, context: C): T;
  protected abstract reply(manager: EntityManager, id: string): Promise<R>;
  protected abstract editRefused(actionLabel: string, status: string): AppError;

  /** Columns of the new state; proceedings with more state (flags) add theirs. */
  protected stateColumns(move: T): Record<string, unknown> {
    return { status: move.state.status, resume_to: move.state.resumeTo };
  }

  run(ctx: ActionContext, id: string, step: ProceedingStep<E, A, C, T>): Promise<R> {
    return this.locked(ctx, id, step.version, async (row, manager) => {
      await this.apply(manager, ctx, row, step);
    });
  }

  edit(ctx: ActionContext, id: string, e: ProceedingEdit<E>): Promise<R> {
    return this.locked(ctx, id, e.version, async (row, manager) => {
      if (!e.allowed.has(row.status)) throw this.editRefused(e.actionLabel, row.status);
      const result = await e.apply(row, manager);
      await this.write(manager, ctx, row, {
        set: result.set ?? {},
        event: { action: e.eventAction, actedOn: e.actedOn, legalBasis: e.legalBasis },
        toStatus: row.status,
        data: result.data,
      });
    });
  }

  /** The action on an already locked row, inside the caller's transaction. */
  async apply(
    manager: EntityManager,
    ctx: ActionContext,
    row: E,
    step: ProceedingStep<E, A, C, T>,
  ): Promise<void> {
    const context = step.context ? await step.context(row, manager) : ({} as C);
    const move = this.next(row, step.action, context);
    const result = step.apply ? await step.apply(row, manager, move) : {};
    const legalBasis = typeof step.legalBasis === 'string' ? step.legalBasis : step.legalBasis(row);
    await this.write(manager, ctx, row, {
      set: { ...this.stateColumns(move), ...result.set },
      event: { action: step.eventAction ?? step.action, actedOn: step.actedOn, legalBasis },
      toStatus: move.state.status,
      data: result.data,
    });
  }

  private locked(
    ctx: ActionContext,
    id: string,
    version: number,
    work: (row: E, manager: EntityManager) => Promise<void>,
  ): Promise<R> {
    const viewer = requireActor(ctx);
    return runInTransaction(this.dataSource, async (manager) => {
      const row = await this.lockVisible(viewer, id, manager);
      if (row.version !== version) throw staleVersion(row.version);
      await work(row, manager);
      return this.reply(manager, id);
    });
  }

  private async write(
    manager: EntityManager,
    ctx: ActionContext,
    row: E,
    w: {
      set: Record<string, unknown>;
      event: { action: string; actedOn: string; legalBasis: string };
      toStatus: string;
      data?: Record<string, unknown>;
    },
  ): Promise<void> {
    await updateWithVersion(manager, {
      table: this.table,
      id: row.id,
      version: row.version,
      set: w.set,
    });
    const ref = { type: this.type, id: row.id, caseId: row.caseId, agencyId: row.agencyId };
    await this.events.record(manager, ctx, ref, {
      ...w.event,
      fromStatus: row.status,
      toStatus: w.toStatus,
      data: w.data,
    });
  }
}
