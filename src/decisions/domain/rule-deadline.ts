import { legalMessagesVi } from '../../common/i18n/legal-messages.vi';
import {
  computeDeadline,
  DeadlineInputError,
  type DeadlineResult,
  type Suspension,
} from '../../legal/domain/deadline-engine';
import { deadlineInvalid, legalRuleNotInForce } from '../../legal/domain/legal-errors';
import { type LegalRuleVersion, selectRuleVersion } from '../../legal/domain/legal-rule';
import { isValidLocalDate, type LocalDate } from '../../legal/domain/local-date';
import type { WorkingCalendar } from '../../legal/domain/working-calendar';

// Shared by the complaint and denunciation deadlines: picks the version of a §11 rule in force on
// the triggering date (DESIGN §4: "a proceeding uses the rule version in force on its triggering
// date and stores which one it used") and runs the deadline engine with it.

export interface RuleDeadlineRequest {
  /** DOMAIN §11 key: D2, D4, D5 … D16. */
  key: string;
  /** Triggering date (not counted); also selects the rule version. */
  start: LocalDate;
  /** Request field holding the start date, named in a 400 (e.g. `acceptedOn`). */
  startField: string;
  /** Date that selects the rule version, when it is not `start` (e.g. a start shifted by obstacles). */
  ruleOn?: LocalDate;
  complex?: boolean;
  remote?: boolean;
  extensions?: number;
  suspensions?: readonly Suspension[];
}

/** The engine's result plus the rule version used (to be stored with the due date). */
export interface RuleDeadline extends DeadlineResult {
  rule: LegalRuleVersion;
}

export interface RuleSource {
  /** Every version of every rule (LEGAL_RULE_SEED, or the rows of `legal_rule`). */
  rules: readonly LegalRuleVersion[];
  calendar: WorkingCalendar;
}

function ruleInForce(req: RuleDeadlineRequest, rules: readonly LegalRuleVersion[]) {
  if (!isValidLocalDate(req.start)) {
    const message = legalMessagesVi.dateInvalid(String(req.start));
    throw deadlineInvalid(req.startField, message);
  }
  const rule = selectRuleVersion(rules, req.key, req.ruleOn ?? req.start);
  if (!rule) {
    throw legalRuleNotInForce(req.key, req.start, req.startField);
  }
  return rule;
}

/**
 * Due date and explanation of one rule from one triggering date. Bad input becomes a 400
 * (`DEADLINE_INVALID_INPUT`, `LEGAL_RULE_NOT_IN_FORCE`); a CalendarRangeError from a bounded
 * calendar is left to the caller, which loads more years and retries.
 */
export function computeRuleDeadline(req: RuleDeadlineRequest, source: RuleSource): RuleDeadline {
  const rule = ruleInForce(req, source.rules);
  const { key: _key, startField, ruleOn: _ruleOn, ...input } = req;
  try {
    return { ...computeDeadline({ ...input, rule }, source.calendar), rule };
  } catch (error) {
    if (error instanceof DeadlineInputError) {
      const field = error.field === 'start' ? startField : error.field;
      throw deadlineInvalid(field, error.message);
    }
    throw error;
  }
}

/**
 * As computeRuleDeadline, for a step whose term some versions of the law leave unset (Luật Tố cáo
 * 2011 has none for D13, D15, D16): null when the version in force carries no days.
 */
export function computeOptionalRuleDeadline(
  req: RuleDeadlineRequest,
  source: RuleSource,
): RuleDeadline | null {
  const rule = ruleInForce(req, source.rules);
  if (rule.unit === null || rule.normalDays === null) return null;
  return computeRuleDeadline(req, source);
}
