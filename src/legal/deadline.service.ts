import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { legalMessagesVi } from '../common/i18n/legal-messages.vi';
import { CalendarService, type LoadedCalendar } from './calendar.service';
import { CalendarRangeError } from './domain/bounded-calendar';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, isCalendarYear } from './domain/calendar-year';
import {
  computeDeadline,
  DeadlineInputError,
  type DeadlineResult,
  type Suspension,
} from './domain/deadline-engine';
import { chooseDeadlineValue } from './domain/deadline-value';
import { deadlineInvalid } from './domain/legal-errors';
import type { LegalRuleVersion } from './domain/legal-rule';
import { isValidLocalDate, type LocalDate, parseLocalDate } from './domain/local-date';
import { LegalRulesService } from './legal-rules.service';

export interface DeadlineRequest {
  ruleKey: string;
  /** Triggering date (not counted); also selects the rule version in force. */
  start: LocalDate;
  complex?: boolean;
  remote?: boolean;
  extensions?: number;
  suspensions?: readonly Suspension[];
}

export interface DeadlineOptions {
  /** Inside a transaction (recalculation hooks): read rules and calendar through it. */
  manager?: EntityManager;
  /** Renames the engine's fields (`start`, `extensions`, `suspensions[0].from`) for a 400. */
  fieldOf?: (engineField: string) => string;
}

export interface DeadlineComputation {
  rule: LegalRuleVersion;
  /** Days of the chosen case (normal / complex / remote), before extensions. */
  value: number;
  result: DeadlineResult;
  warnings: string[];
}

/** Extra years loaded when a deadline runs past the calendar first loaded (3 at most). */
const MAX_CALENDAR_WIDENINGS = 3;

const yearOf = (d: LocalDate): number => parseLocalDate(d).year;

function datesOf(req: DeadlineRequest): [string, LocalDate][] {
  const pairs: [string, LocalDate | null][] = [['start', req.start]];
  (req.suspensions ?? []).forEach((s, i) => {
    pairs.push([`suspensions[${i}].from`, s.from], [`suspensions[${i}].to`, s.to]);
  });
  return pairs.filter((p): p is [string, LocalDate] => p[1] !== null);
}

/** Loads the rule version in force on the start date and the calendar, then runs the engine. */
@Injectable()
export class DeadlineService {
  constructor(
    private readonly rules: LegalRulesService,
    private readonly calendars: CalendarService,
  ) {}

  async compute(req: DeadlineRequest, options: DeadlineOptions = {}): Promise<DeadlineComputation> {
    const fieldOf = options.fieldOf ?? ((f: string) => f);
    this.checkYears(req, fieldOf);
    const rule = await this.rules.selectFor(req.ruleKey, req.start, {
      manager: options.manager,
      keyField: fieldOf('rule'),
      dateField: fieldOf('start'),
    });
    try {
      return await this.computeWith(rule, req, options.manager);
    } catch (error) {
      if (error instanceof DeadlineInputError) {
        throw deadlineInvalid(fieldOf(error.field), error.message);
      }
      if (error instanceof CalendarRangeError) {
        throw deadlineInvalid(fieldOf('start'), legalMessagesVi.calendarNotCovered);
      }
      throw error;
    }
  }

  private checkYears(req: DeadlineRequest, fieldOf: (f: string) => string): void {
    for (const [field, date] of datesOf(req)) {
      if (!isValidLocalDate(date)) {
        throw deadlineInvalid(fieldOf(field), legalMessagesVi.dateInvalid(String(date)));
      }
      if (!isCalendarYear(yearOf(date))) {
        const message = legalMessagesVi.dateOutOfRange(CALENDAR_MIN_YEAR, CALENDAR_MAX_YEAR);
        throw deadlineInvalid(fieldOf(field), message);
      }
    }
  }

  private async computeWith(rule: LegalRuleVersion, req: DeadlineRequest, manager?: EntityManager) {
    const fromYear = yearOf(req.start);
    let toYear = Math.max(...datesOf(req).map(([, d]) => yearOf(d))) + 1;
    for (let widened = 0; ; widened += 1) {
      const loaded = await this.calendars.forYears(fromYear, toYear, manager);
      try {
        return this.run(rule, req, loaded);
      } catch (error) {
        const retry = error instanceof CalendarRangeError && widened < MAX_CALENDAR_WIDENINGS;
        if (!retry) throw error;
        toYear = Math.max(toYear + 1, yearOf(error.date));
      }
    }
  }

  private run(rule: LegalRuleVersion, req: DeadlineRequest, loaded: LoadedCalendar) {
    const result = computeDeadline({ ...req, rule }, loaded.calendar);
    const value = chooseDeadlineValue(rule, req.complex ?? false, req.remote ?? false).days;
    const lastYear = yearOf(result.dueOn ?? req.start);
    const warnings = loaded.emptyYears
      .filter((y) => y <= lastYear)
      .map((y) => legalMessagesVi.calendarYearEmpty(y));
    return { rule, value, result, warnings };
  }
}
