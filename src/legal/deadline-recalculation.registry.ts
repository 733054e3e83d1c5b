import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { LocalDate } from './domain/local-date';

/**
 * Recomputes the stored due dates of a module's OPEN proceedings after the calendar changed.
 * Contract: use only `manager` (the calendar edit's transaction; DeadlineService.compute accepts
 * it and then reads the edited calendar); never commit, open another transaction or call HTTP;
 * return how many proceedings got a new due date. Throwing rolls the whole calendar edit back.
 */
export type DeadlineRecalculation = (
  changedDates: readonly LocalDate[],
  manager: EntityManager,
) => Promise<number>;

/**
 * What a hook's query needs: the first and last changed day (a period can only move when it
 * starts on or before `latest` and its date is on or after `earliest`) and the day of the edit.
 */
export interface RecalculationSpan {
  earliest: LocalDate;
  latest: LocalDate;
  today: LocalDate;
}

/** The span of `changedDates` (any order); null when there is none. */
export function recalculationSpan(
  changedDates: readonly LocalDate[],
  today: LocalDate,
): RecalculationSpan | null {
  const sorted = [...changedDates].sort();
  const earliest = sorted[0];
  const latest = sorted[sorted.length - 1];
  return earliest === undefined || latest === undefined ? null : { earliest, latest, today };
}

export interface RecalculationReport {
  total: number;
  /** Proceedings updated, per registered name. */
  byHook: Record<string, number>;
}

/**
 * Where later modules (complaints, denunciations) register their recalculation, typically in
 * `onModuleInit`. The calendar edit calls every registration, in registration order, inside its
 * transaction.
 */
@Injectable()
export class DeadlineRecalculationRegistry {
  private readonly hooks = new Map<string, DeadlineRecalculation>();

  /** Registers `hook` under a unique `name`; returns a function that removes it again. */
  register(name: string, hook: DeadlineRecalculation): () => void {
    if (this.hooks.has(name)) {
      throw new Error(`Deadline recalculation "${name}" is already registered`);
    }
    this.hooks.set(name, hook);
    return () => {
      if (this.hooks.get(name) === hook) this.hooks.delete(name);
    };
  }

  names(): string[] {
    return [...this.hooks.keys()];
  }

  /** Runs every hook one after another (they share one connection). */
  async runAll(
    changedDates: readonly LocalDate[],
    manager: EntityManager,
  ): Promise<RecalculationReport> {
    const byHook: Record<string, number> = {};
    let total = 0;
    for (const [name, hook] of this.hooks) {
      const updated = await hook(changedDates, manager);
      byHook[name] = updated;
      total += updated;
    }
    return { total, byHook };
  }
}
