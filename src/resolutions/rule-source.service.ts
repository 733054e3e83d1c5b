import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { RuleSource } from '../decisions/domain/rule-deadline';
import { legalMessagesVi } from '../common/i18n/legal-messages.vi';
import { CalendarService } from '../legal/calendar.service';
import { CalendarRangeError } from '../legal/domain/bounded-calendar';
import { deadlineInvalid } from '../legal/domain/legal-errors';
import type { LegalRuleVersion } from '../legal/domain/legal-rule';
import { type LocalDate, parseLocalDate } from '../legal/domain/local-date';
import { LegalRulesService } from '../legal/legal-rules.service';

/** A rule version a proceeding stored: recomputations keep it instead of reselecting. */
export interface PinnedRule {
  key: string;
  version: number;
}

export interface RuleSourceOptions {
  /** The earliest date the computation looks at (selects the first calendar year). */
  from: LocalDate;
  /** The latest date known in advance (default: `from`); later years are loaded on demand. */
  to?: LocalDate;
  manager?: EntityManager;
  pinned?: readonly PinnedRule[];
}

/** Extra years loaded when a computation runs past the calendar first loaded. */
const MAX_WIDENINGS = 3;

const yearOf = (d: LocalDate) => parseLocalDate(d).year;

function pin(rules: readonly LegalRuleVersion[], pinned: readonly PinnedRule[]) {
  return rules.filter((r) => {
    const p = pinned.find((x) => x.key === r.key);
    return p === undefined || p.version === r.version;
  });
}

/**
 * Feeds the pure deadline functions of complaints/ and denunciations/ (decisions/domain
 * rule-deadline.ts): every rule version and the working calendar of the years they touch. A
 * computation that leaves the loaded years is run again with more years (DESIGN §4).
 */
@Injectable()
export class RuleSourceService {
  constructor(
    private readonly rules: LegalRulesService,
    private readonly calendars: CalendarService,
  ) {}

  async run<T>(options: RuleSourceOptions, compute: (source: RuleSource) => T): Promise<T> {
    const all = await this.rules.allVersions(options.manager);
    const rules = pin(all, options.pinned ?? []);
    const fromYear = yearOf(options.from) - 1;
    let toYear = yearOf(options.to ?? options.from) + 1;
    for (let widened = 0; ; widened += 1) {
      const loaded = await this.calendars.forYears(fromYear, toYear, options.manager);
      try {
        return compute({ rules, calendar: loaded.calendar });
      } catch (error) {
        if (!(error instanceof CalendarRangeError)) throw error;
        if (widened >= MAX_WIDENINGS) {
          throw deadlineInvalid('start', legalMessagesVi.calendarNotCovered);
        }
        toYear = Math.max(toYear + 1, yearOf(error.date));
      }
    }
  }
}
