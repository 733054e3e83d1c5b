import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import { runInTransaction } from '../database/transaction';
import { CalendarService } from './calendar.service';
import {
  DeadlineRecalculationRegistry,
  type RecalculationReport,
} from './deadline-recalculation.registry';
import type { CalendarYearResponseDto } from './dto/calendar-year.response.dto';
import type { ReplaceCalendarYearDto } from './dto/replace-calendar-year.dto';
import {
  type CalendarDiff,
  changedDatesOf,
  findCalendarYearProblems,
} from './domain/calendar-year';
import type { CalendarDay } from './domain/holiday-calendar';
import { compareLocalDates } from './domain/local-date';
import { calendarInvalid } from './domain/legal-errors';
import { toCalendarDayResponse } from './legal.mapper';

interface YearEdit {
  year: number;
  days: CalendarDay[];
}

const NO_RECALCULATION: RecalculationReport = { total: 0, byHook: {} };

/**
 * Replaces the special days of one year (admins, each year from the official notice): one
 * transaction writes the rows, runs every registered deadline recalculation and the audit row.
 */
@Injectable()
export class CalendarEditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
    private readonly recalculations: DeadlineRecalculationRegistry,
    private readonly audit: AuditService,
  ) {}

  async replaceYear(
    ctx: ActionContext,
    year: number,
    dto: ReplaceCalendarYearDto,
  ): Promise<CalendarYearResponseDto> {
    const days = dto.days.map(({ date, kind, name, source }) => ({ date, kind, name, source }));
    const problems = findCalendarYearProblems(year, days);
    if (problems.length > 0) throw calendarInvalid(problems);
    const edit: YearEdit = { year, days: days.sort((a, b) => compareLocalDates(a.date, b.date)) };
    await runInTransaction(this.dataSource, (manager) => this.replaceIn(manager, ctx, edit));
    // After commit (a PUT never runs inside the POST-only Idempotency-Key transaction).
    this.calendars.invalidate();
    return { year, days: edit.days.map(toCalendarDayResponse) };
  }

  private async replaceIn(manager: EntityManager, ctx: ActionContext, edit: YearEdit) {
    this.calendars.beginEdit(manager);
    const diff = await this.calendars.replaceRows(manager, edit.year, edit.days);
    const changedDates = changedDatesOf(diff);
    const report =
      changedDates.length > 0
        ? await this.recalculations.runAll(changedDates, manager)
        : NO_RECALCULATION;
    await this.recordAudit(manager, ctx, { year: edit.year, diff, report });
  }

  private recordAudit(
    manager: EntityManager,
    ctx: ActionContext,
    { year, diff, report }: { year: number; diff: CalendarDiff; report: RecalculationReport },
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: ctx.actor?.id ?? null,
      action: 'calendar.update',
      entityType: 'calendar_year',
      entityId: String(year),
      requestId: ctx.requestId,
      data: {
        year,
        added: diff.added,
        removed: diff.removed,
        changed: diff.changed,
        proceedingsUpdated: report.total,
        proceedingsUpdatedBy: report.byHook,
      },
    });
  }
}
