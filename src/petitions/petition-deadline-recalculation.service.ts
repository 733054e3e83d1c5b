import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ContentType } from '../cases/domain/case-enums';
import { DeadlineRecalculationRegistry } from '../legal/deadline-recalculation.registry';
import type { LocalDate } from '../legal/domain/local-date';
import { awaitsDenunciationAcceptance, worklistDueOn } from './domain/petition-due';
import type { PetitionStatus } from './domain/petition-enums';
import { PetitionDeadlinesService } from './petition-deadlines.service';
import { IN_WORKLIST_SQL } from './petition-worklist.sql';

interface OpenRow {
  id: string;
  status: PetitionStatus;
  type: ContentType;
  receivedOn: string;
  checkExtended: boolean;
  isInCompetence: boolean | null;
  handlingDueOn: string;
  checkDueOn: string | null;
  transferDueOn: string | null;
}

/**
 * Petitions in the worklists (open, or a denunciation awaiting acceptance under D11) whose
 * counting may cross a changed day (received before it, due on or after).
 */
const AFFECTED_SQL = `
  SELECT id, status, type, received_on::text AS "receivedOn", check_extended AS "checkExtended",
         is_in_competence AS "isInCompetence", handling_due_on::text AS "handlingDueOn",
         check_due_on::text AS "checkDueOn", transfer_due_on::text AS "transferDueOn"
    FROM petition p
   WHERE ${IN_WORKLIST_SQL} AND received_on < $2
     AND greatest(handling_due_on, check_due_on, transfer_due_on) >= $1
   FOR UPDATE`;

const UPDATE_SQL = `
  UPDATE petition SET handling_due_on = $2, check_due_on = $3, transfer_due_on = $4, due_on = $5,
         version = version + 1, updated_at = now()
   WHERE id = $1`;

/**
 * Keeps the due dates of open petitions in step with the working calendar: registered with the
 * legal module's DeadlineRecalculationRegistry, run inside the calendar edit's transaction
 * (its contract: only `manager`, no commit). Petitions of one type and receipt day share one
 * computation.
 */
@Injectable()
export class PetitionDeadlineRecalculation implements OnModuleInit, OnModuleDestroy {
  private unregister: (() => void) | null = null;

  constructor(
    private readonly registry: DeadlineRecalculationRegistry,
    private readonly deadlines: PetitionDeadlinesService,
  ) {}

  onModuleInit(): void {
    this.unregister = this.registry.register('petitions', (dates, manager) =>
      this.recalculate(dates, manager),
    );
  }

  onModuleDestroy(): void {
    this.unregister?.();
  }

  async recalculate(changed: readonly LocalDate[], manager: EntityManager): Promise<number> {
    if (changed.length === 0) return 0;
    const sorted = [...changed].sort();
    const rows = await manager.query<OpenRow[]>(AFFECTED_SQL, [sorted[0], sorted.at(-1)]);
    const computed = new Map<string, Promise<[string, string | null, string | null]>>();
    let updated = 0;
    for (const row of rows) {
      const key = `${row.type}|${row.receivedOn}|${row.checkExtended}`;
      if (!computed.has(key)) computed.set(key, this.datesOf(manager, row));
      const fresh = await computed.get(key)!;
      // A denunciation awaiting acceptance has done D1 and D12's step: only D11 is pending.
      const [handlingDueOn, checkDueOn, transferDueOn] = awaitsDenunciationAcceptance(
        row.status,
        row.type,
      )
        ? [row.handlingDueOn, fresh[1], row.transferDueOn]
        : fresh;
      const same =
        handlingDueOn === row.handlingDueOn &&
        checkDueOn === row.checkDueOn &&
        transferDueOn === row.transferDueOn;
      if (same) continue;
      const dueOn = worklistDueOn({ ...row, handlingDueOn, checkDueOn, transferDueOn });
      await manager.query(UPDATE_SQL, [row.id, handlingDueOn, checkDueOn, transferDueOn, dueOn]);
      updated += 1;
    }
    return updated;
  }

  private async datesOf(
    manager: EntityManager,
    row: OpenRow,
  ): Promise<[string, string | null, string | null]> {
    const field = 'receivedOn';
    const start = row.receivedOn;
    const handling = await this.deadlines.compute(manager, { key: 'D1', start, field });
    if (row.checkDueOn === null && row.transferDueOn === null) {
      return [handling.result.dueOn ?? start, null, null];
    }
    const extensions = row.checkExtended ? 1 : 0;
    const check = await this.deadlines.compute(manager, {
      key: 'D11',
      start,
      field,
      extensions,
    });
    const transfer = await this.deadlines.compute(manager, { key: 'D12', start, field });
    return [handling.result.dueOn ?? start, check.result.dueOn, transfer.result.dueOn];
  }
}
