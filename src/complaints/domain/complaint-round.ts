import {
  computeRuleDeadline,
  type RuleDeadline,
  type RuleSource,
} from '../../decisions/domain/rule-deadline';
import type { ExplanationStep } from '../../legal/domain/deadline-engine';
import { compareLocalDates, isValidLocalDate, type LocalDate } from '../../legal/domain/local-date';
import { ComplaintRound, ComplaintStatus } from './complaint-enums';
import {
  ComplaintErrorCode,
  type ComplaintRule,
  type ComplaintViolation,
  throwIfViolated,
  violation,
} from './complaint-errors';

// Second-round complaint (khiếu nại lần hai), Luật Khiếu nại 2011 Điều 7 khoản 1, Điều 33: when the
// complainant disagrees with the round-1 decision, or the round-1 period (D5) ended without one, they
// may complain to the head of the directly superior agency within D7 (30 days; remote areas 45),
// counted from receipt of the round-1 decision or from the end of the round-1 period. Round 2 is a
// new proceeding at the higher agency, linked to round 1.

export enum SecondRoundRefusal {
  NotFirstRound = 'not_first_round',
  /** Round 1 is still within its period (or suspended): nothing to complain about yet. */
  FirstRoundPending = 'first_round_pending',
  /** Round 1 ended without a decision (not accepted, terminated, withdrawn). */
  FirstRoundNotDecided = 'first_round_not_decided',
  /** Filed after the last day of D7 (Đ33; a refusal ground under Đ11 k6). */
  FiledTooLate = 'filed_too_late',
}

export enum SecondRoundBasis {
  DecisionReceived = 'decision_received',
  DeadlineExpired = 'deadline_expired',
}

export interface FirstRoundFacts {
  round: ComplaintRound;
  status: ComplaintStatus;
  /** D5 due date of round 1 (null while suspended or before acceptance). */
  resolutionDueOn: LocalDate | null;
  /** Day the complainant received the round-1 decision; null when none was delivered. */
  decisionReceivedOn: LocalDate | null;
}

export interface SecondRoundInput extends RuleSource {
  firstRound: FirstRoundFacts;
  filedOn: LocalDate;
  remote?: boolean;
}

export interface SecondRoundEligibility {
  allowed: boolean;
  refusal: SecondRoundRefusal | null;
  basis: SecondRoundBasis | null;
  /** Last day to file (D7), with its explanation; null when no window opened. */
  dueOn: LocalDate | null;
  window: RuleDeadline | null;
  explanation: ExplanationStep[];
}

const PENDING: ReadonlySet<ComplaintStatus> = new Set([
  ComplaintStatus.Received,
  ComplaintStatus.Accepted,
  ComplaintStatus.Verifying,
  ComplaintStatus.Dialogue,
  ComplaintStatus.Drafting,
  ComplaintStatus.Suspended,
]);

const DECIDED: ReadonlySet<ComplaintStatus> = new Set([
  ComplaintStatus.Decided,
  ComplaintStatus.Escalated,
  ComplaintStatus.LegallyEffective,
]);

type Start = { basis: SecondRoundBasis; start: LocalDate; field: string } | SecondRoundRefusal;

function checkInput(input: SecondRoundInput): void {
  const { decisionReceivedOn, resolutionDueOn, status } = input.firstRound;
  const bad = (v: LocalDate | null) => v !== null && !isValidLocalDate(v);
  const code = ComplaintErrorCode.InputInvalid;
  throwIfViolated(
    isValidLocalDate(input.filedOn) ? null : violation(code, 'filedOn', 'dateInvalid'),
    bad(decisionReceivedOn)
      ? violation(code, 'firstRound.decisionReceivedOn', 'dateInvalid')
      : null,
    bad(resolutionDueOn) ? violation(code, 'firstRound.resolutionDueOn', 'dateInvalid') : null,
    DECIDED.has(status) && decisionReceivedOn === null
      ? violation(code, 'firstRound.decisionReceivedOn', 'required')
      : null,
  );
}

function windowStart(first: FirstRoundFacts, filedOn: LocalDate): Start {
  if (first.round !== ComplaintRound.First) return SecondRoundRefusal.NotFirstRound;
  if (first.decisionReceivedOn !== null) {
    // Luật KN Đ33: kể từ ngày nhận được quyết định giải quyết khiếu nại lần đầu
    const field = 'firstRound.decisionReceivedOn';
    return { basis: SecondRoundBasis.DecisionReceived, start: first.decisionReceivedOn, field };
  }
  if (!PENDING.has(first.status)) return SecondRoundRefusal.FirstRoundNotDecided;
  const due = first.resolutionDueOn;
  if (due === null || compareLocalDates(filedOn, due) <= 0) {
    return SecondRoundRefusal.FirstRoundPending;
  }
  // Luật KN Đ33: kể từ ngày hết thời hạn giải quyết lần đầu mà khiếu nại không được giải quyết
  const field = 'firstRound.resolutionDueOn';
  return { basis: SecondRoundBasis.DeadlineExpired, start: due, field };
}

const REFUSAL_RULES: Readonly<Record<SecondRoundRefusal, ComplaintRule>> = {
  [SecondRoundRefusal.NotFirstRound]: 'secondRoundNotFirstRound',
  [SecondRoundRefusal.FirstRoundPending]: 'secondRoundPending',
  [SecondRoundRefusal.FirstRoundNotDecided]: 'secondRoundNotDecided',
  [SecondRoundRefusal.FiledTooLate]: 'secondRoundTooLate',
};

/** The 409 COMPLAINT_SECOND_ROUND_NOT_ALLOWED of a refusal, naming `field`; null when allowed. */
export function secondRoundViolation(
  eligibility: SecondRoundEligibility,
  field = 'filedOn',
): ComplaintViolation | null {
  if (eligibility.allowed || eligibility.refusal === null) return null;
  const rule = REFUSAL_RULES[eligibility.refusal];
  return violation(ComplaintErrorCode.SecondRoundNotAllowed, field, rule);
}

function refused(refusal: SecondRoundRefusal): SecondRoundEligibility {
  return { allowed: false, refusal, basis: null, dueOn: null, window: null, explanation: [] };
}

/** May a round-2 complaint filed on `filedOn` proceed against this round-1 proceeding (D7)? */
export function canFileSecondRound(input: SecondRoundInput): SecondRoundEligibility {
  checkInput(input);
  const start = windowStart(input.firstRound, input.filedOn);
  if (typeof start === 'string') return refused(start);
  const window = computeRuleDeadline(
    { key: 'D7', start: start.start, startField: start.field, remote: input.remote ?? false },
    input,
  );
  const dueOn = window.dueOn as LocalDate; // D7 has no suspension, so the engine always ends
  const allowed = compareLocalDates(input.filedOn, dueOn) <= 0;
  return {
    allowed,
    refusal: allowed ? null : SecondRoundRefusal.FiledTooLate,
    basis: start.basis,
    dueOn,
    window,
    explanation: window.explanation,
  };
}
