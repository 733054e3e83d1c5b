import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { Clock } from '../common/time/clock';
import {
  type DeadlineRecalculationRegistry,
  type RecalculationSpan,
  recalculationSpan,
} from './deadline-recalculation.registry';
import type { LocalDate } from './domain/local-date';

/**
 * A module's recalculation hook over its open proceedings: registered under `name` while the
 * module lives, run inside the calendar edit's transaction (the registry's contract: only
 * `manager`). Subclasses say which proceedings the changed dates may touch and recompute one;
 * the hook answers how many moved.
 */
export abstract class ProceedingRecalculation<T> implements OnModuleInit, OnModuleDestroy {
  private unregister: (() => void) | null = null;

  protected constructor(
    private readonly registry: DeadlineRecalculationRegistry,
    private readonly name: string,
    protected readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.unregister = this.registry.register(this.name, (dates, manager) =>
      this.recalculate(dates, manager),
    );
  }

  onModuleDestroy(): void {
    this.unregister?.();
  }

  async recalculate(changed: readonly LocalDate[], manager: EntityManager): Promise<number> {
    const span = recalculationSpan(changed, this.clock.today());
    if (span === null) return 0;
    let updated = 0;
    for (const proceeding of await this.open(manager, span)) {
      if (await this.recalculateOne(proceeding, manager)) updated += 1;
    }
    return updated;
  }

  /** The proceedings whose pending dates the span may move. */
  protected abstract open(manager: EntityManager, span: RecalculationSpan): Promise<T[]>;

  /** Recomputes one proceeding's pending dates; true when one moved. */
  protected abstract recalculateOne(proceeding: T, manager: EntityManager): Promise<boolean>;
}
