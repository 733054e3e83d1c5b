import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import { checkActionDates, resolutionInputError } from './domain/action-dates';
import type { ProceedingStep, StepResult } from './proceeding-steps';
import { requireActor } from './require-actor';

/** The suspension rows of a proceeding, as its repository stores them. */
export interface SuspensionStore {
  suspensions(
    id: string,
    manager?: EntityManager,
  ): Promise<ReadonlyArray<{ suspendedOn: string; resumedOn: string | null }>>;
  closeSuspension(manager: EntityManager, id: string, resumedOn: string): Promise<void>;
}

/** What differs between proceedings: the actions, the article, the table and the deadline. */
export interface SuspensionConfig<E, A> {
  suspend: A;
  resume: A;
  legalBasis: string;
  /** The clock's today, read when the step runs as well as when it is built. */
  today: () => string;
  store: SuspensionStore;
  /** Inserts the proceeding's suspension row (its own foreign key column). */
  addSuspension(
    manager: EntityManager,
    row: E,
    s: { suspendedOn: string; reason: string; createdBy: string },
  ): Promise<void>;
  /** The resolution deadline recomputed with every suspension (the clock stops). */
  redue(row: E, manager: EntityManager): Promise<StepResult>;
}

/** A step that needs no guard context and ignores the machine's move. */
export type PlainStep<E, A> = Omit<ProceedingStep<E, A, never, never>, 'context' | 'apply'> & {
  apply: (row: E, manager: EntityManager) => Promise<StepResult>;
};

interface SuspendableRow {
  id: string;
  acceptedOn: string | null;
}

/** Tạm đình chỉ: not before acceptance nor in the future; a suspension row; the deadline again. */
export function suspendStep<E extends SuspendableRow, A>(
  ctx: ActionContext,
  dto: { version: number; suspendedOn?: string; reason: string },
  c: SuspensionConfig<E, A>,
): PlainStep<E, A> {
  const on = dto.suspendedOn ?? c.today();
  return {
    action: c.suspend,
    version: dto.version,
    actedOn: on,
    legalBasis: c.legalBasis,
    apply: async (row, manager) => {
      const floor = { date: row.acceptedOn, rule: 'dateBeforeAcceptance' as const };
      checkActionDates({ field: 'suspendedOn', date: on, today: c.today(), notBefore: floor });
      const s = { suspendedOn: on, reason: dto.reason, createdBy: requireActor(ctx).id };
      await c.addSuspension(manager, row, s);
      return c.redue(row, manager);
    },
  };
}

/** Tiếp tục giải quyết: closes the open suspension (not before it began); the deadline again. */
export function resumeStep<E extends SuspendableRow, A>(
  dto: { version: number; resumedOn?: string },
  c: SuspensionConfig<E, A>,
): PlainStep<E, A> {
  const on = dto.resumedOn ?? c.today();
  return {
    action: c.resume,
    version: dto.version,
    actedOn: on,
    legalBasis: c.legalBasis,
    apply: async (row, manager) => {
      const open = (await c.store.suspensions(row.id, manager)).find((s) => !s.resumedOn);
      if (!open) resolutionInputError('resumedOn', 'notSuspended');
      const floor = { date: open.suspendedOn, rule: 'dateBeforeAcceptance' as const };
      checkActionDates({ field: 'resumedOn', date: on, today: c.today(), notBefore: floor });
      await c.store.closeSuspension(manager, row.id, on);
      return c.redue(row, manager);
    },
  };
}
