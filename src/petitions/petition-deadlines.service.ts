import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { ContentType } from '../cases/domain/case-enums';
import { legalMessagesVi } from '../common/i18n/legal-messages.vi';
import { CalendarService } from '../legal/calendar.service';
import { CalendarRangeError } from '../legal/domain/bounded-calendar';
import {
  computeDeadline,
  DeadlineInputError,
  type DeadlineResult,
} from '../legal/domain/deadline-engine';
import { deadlineInvalid } from '../legal/domain/legal-errors';
import type { LegalRuleVersion } from '../legal/domain/legal-rule';
import { DeadlineMemo } from '../legal/deadline-memo';
import { LegalRulesService } from '../legal/legal-rules.service';
import { worklistDueOn } from './domain/petition-due';
import {
  DENUNCIATION_CHECK_RULE,
  DENUNCIATION_TRANSFER_RULE,
  PETITION_HANDLING_RULE,
} from './domain/petition-enums';

/** One computed deadline: the rule version used, the due date and its explanation. */
export interface PetitionDeadline {
  rule: LegalRuleVersion;
  result: DeadlineResult;
  warnings: string[];
}

/** D1 for every petition; D11 and D12 for denunciations (DOMAIN §3.6, §11). */
export interface ReceiptDeadlines {
  handling: PetitionDeadline;
  check: PetitionDeadline | null;
  transfer: PetitionDeadline | null;
}

export interface DeadlineAsk {
  key: string;
  start: string;
  extensions?: number;
  /** The request field named in a 400 (e.g. `receivedOn`). */
  field: string;
}

/** Extra years loaded when a deadline runs past the calendar loaded first. */
const MAX_EXTRA_YEARS = 3;

/**
 * The legal engine (src/legal) applied to petitions: the rule version in force on the start date
 * and the working calendar, both cached by the legal module (a calendar edit's transaction reads its
 * own rows), so that registering a petition costs no rule or calendar query.
 */
@Injectable()
export class PetitionDeadlinesService {
  /** The desks register many petitions received on the same day: each deadline is worked out once. */
  private readonly memo = new DeadlineMemo<PetitionDeadline>();

  constructor(
    private readonly rules: LegalRulesService,
    private readonly calendars: CalendarService,
  ) {}

  async forReceipt(
    manager: EntityManager,
    p: { type: ContentType; receivedOn: string; checkExtended?: boolean },
    field: string,
  ): Promise<ReceiptDeadlines> {
    const start = p.receivedOn;
    const handling = await this.compute(manager, { key: PETITION_HANDLING_RULE, start, field });
    if (p.type !== ContentType.Denunciation) return { handling, check: null, transfer: null };
    const extensions = p.checkExtended ? 1 : 0;
    const check = await this.compute(manager, {
      key: DENUNCIATION_CHECK_RULE,
      start,
      field,
      extensions,
    });
    const transfer = await this.compute(manager, { key: DENUNCIATION_TRANSFER_RULE, start, field });
    return { handling, check, transfer };
  }

  async compute(manager: EntityManager, ask: DeadlineAsk): Promise<PetitionDeadline> {
    const rule = await this.rules.selectFor(ask.key, ask.start, {
      manager,
      keyField: 'rule',
      dateField: ask.field,
    });
    const year = Number(ask.start.slice(0, 4));
    for (let toYear = year + 1; ; toYear += 1) {
      const loaded = await this.calendars.forYears(year, toYear, manager);
      try {
        return this.memo.get(loaded, rule, `${ask.start}|${ask.extensions ?? 0}`, () => {
          const input = { rule, start: ask.start, extensions: ask.extensions ?? 0 };
          const result = computeDeadline(input, loaded.calendar);
          const lastYear = Number((result.dueOn ?? ask.start).slice(0, 4));
          const warnings = loaded.emptyYears
            .filter((y) => y <= lastYear)
            .map((y) => legalMessagesVi.calendarYearEmpty(y));
          return { rule, result, warnings };
        });
      } catch (error) {
        if (error instanceof CalendarRangeError && toYear < year + MAX_EXTRA_YEARS) continue;
        if (error instanceof CalendarRangeError) {
          throw deadlineInvalid(ask.field, legalMessagesVi.calendarNotCovered);
        }
        if (error instanceof DeadlineInputError) throw deadlineInvalid(ask.field, error.message);
        throw error;
      }
    }
  }

  /**
   * The calendar of fromYear..toYear, cached; a miss is read through the caller's transaction,
   * never through a second pool connection (a transaction waiting for another connection could
   * starve the pool under load).
   */
}

/** The deadline columns of a petition received on `receivedOn`, with its worklist due date. */
export function deadlineColumns(due: ReceiptDeadlines, type: ContentType, receivedOn: string) {
  const dates = {
    handlingDueOn: due.handling.result.dueOn ?? receivedOn,
    checkDueOn: due.check?.result.dueOn ?? null,
    transferDueOn: due.transfer?.result.dueOn ?? null,
  };
  return {
    ...dates,
    handlingRuleKey: due.handling.rule.key,
    handlingRuleVersion: due.handling.rule.version,
    checkRuleVersion: due.check?.rule.version ?? null,
    transferRuleVersion: due.transfer?.rule.version ?? null,
    dueOn: worklistDueOn({ type, isInCompetence: null, ...dates }),
  };
}
