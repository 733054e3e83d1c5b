import { complaintMessagesVi } from '../../common/i18n/resolution-messages.vi';
import {
  computeRuleDeadline,
  type RuleDeadline,
  type RuleSource,
} from '../../decisions/domain/rule-deadline';
import { Timeliness, timelinessOf } from '../../decisions/domain/timeliness';
import type { ExplanationStep } from '../../legal/domain/deadline-engine';
import {
  addDays,
  compareLocalDates,
  formatVietnameseDate as fmt,
  isValidLocalDate,
  type LocalDate,
} from '../../legal/domain/local-date';
import { ComplaintRound } from './complaint-enums';
import {
  ComplaintErrorCode,
  type ComplaintViolation,
  throwIfViolated,
  violation,
} from './complaint-errors';
import {
  type SecondRoundEligibility,
  SecondRoundRefusal,
  secondRoundViolation,
} from './complaint-round';

/** Grounds for not accepting a complaint (Luật Khiếu nại 2011, Điều 11), in the article's order. */
export enum ComplaintRefusalGround {
  NotComplainable = 'not_complainable', // k1: internal, directive, normative, state-secret acts
  NotDirectlyAffected = 'not_directly_affected', // k2
  NoCapacityNoRepresentative = 'no_capacity_no_representative', // k3
  UnlawfulRepresentative = 'unlawful_representative', // k4
  NotSigned = 'not_signed', // k5: no signature or fingerprint
  TimeLimitExpired = 'time_limit_expired', // k6: computed from D2 (round 1) or D7 (round 2)
  SecondRoundDecided = 'second_round_decided', // k7
  TerminationNotPursued = 'termination_not_pursued', // k8: 30 days after a termination notice
  CourtSeized = 'court_seized', // k9: accepted or ruled on by a court
}

export const COMPLAINT_REFUSAL_GROUNDS: readonly ComplaintRefusalGround[] =
  Object.values(ComplaintRefusalGround);

/** The grounds an officer checks item by item; k6 is computed. */
export type CheckedGround = Exclude<
  ComplaintRefusalGround,
  ComplaintRefusalGround.TimeLimitExpired
>;
export const CHECKED_GROUNDS = COMPLAINT_REFUSAL_GROUNDS.filter(
  (g): g is CheckedGround => g !== ComplaintRefusalGround.TimeLimitExpired,
);

export interface ComplaintAcceptanceInput extends RuleSource {
  round?: ComplaintRound;
  /** Every ground but k6, each answered: true when the ground applies to this complaint. */
  grounds: Readonly<Record<CheckedGround, boolean>>;
  receivedOn: LocalDate;
  /** Day the complaint was lodged (e.g. postmark); defaults to `receivedOn`. */
  filedOn?: LocalDate;
  /** Round 1: day the complainant received or learnt of the decision or act (D2 start). */
  decisionKnownOn?: LocalDate;
  /** Round 1: days lost to illness, disaster, war, work or study far away… (Đ9). */
  obstacleDays?: number;
  /** Round 2: canFileSecondRound() for this filing (D7). */
  secondRound?: SecondRoundEligibility;
  today: LocalDate;
}

export interface ComplaintAcceptanceEvaluation {
  round: ComplaintRound;
  acceptable: boolean;
  failedGrounds: ComplaintRefusalGround[];
  /** Last day to file: D2 (+ obstacle days) in round 1, D7 in round 2. */
  limitationDueOn: LocalDate | null;
  limitationExplanation: ExplanationStep[];
  /** Last day to accept or refuse with reasons (D4; Luật KN Đ27, Đ36). */
  acceptanceDueOn: LocalDate;
  acceptance: RuleDeadline;
  /** Whether `today` is still within D4. */
  acceptanceTimeliness: Timeliness;
  evaluatedOn: LocalDate;
}

const CODE = ComplaintErrorCode.InputInvalid;

function dateProblem(value: LocalDate | undefined, field: string): ComplaintViolation | null {
  return value === undefined || isValidLocalDate(value)
    ? null
    : violation(CODE, field, 'dateInvalid');
}

function groundProblems(input: ComplaintAcceptanceInput): ComplaintViolation[] {
  return CHECKED_GROUNDS.filter((g) => typeof input.grounds?.[g] !== 'boolean').map((g) =>
    violation(CODE, `grounds.${g}`, 'groundUnchecked'),
  );
}

function roundProblem(input: ComplaintAcceptanceInput): ComplaintViolation | null {
  if ((input.round ?? ComplaintRound.First) === ComplaintRound.Second) {
    return input.secondRound ? null : violation(CODE, 'secondRound', 'required');
  }
  if (input.decisionKnownOn === undefined) return violation(CODE, 'decisionKnownOn', 'required');
  const obstacle = input.obstacleDays ?? 0;
  return Number.isInteger(obstacle) && obstacle >= 0
    ? null
    : violation(CODE, 'obstacleDays', 'obstacleDaysInvalid');
}

function orderProblems(input: ComplaintAcceptanceInput): (ComplaintViolation | null)[] {
  const filedOn = input.filedOn ?? input.receivedOn;
  const after = (a: LocalDate, b: LocalDate) => compareLocalDates(a, b) > 0;
  const known = input.decisionKnownOn;
  return [
    after(filedOn, input.receivedOn) ? violation(CODE, 'filedOn', 'filedAfterReceipt') : null,
    after(input.receivedOn, input.today)
      ? violation(CODE, 'today', 'evaluatedBeforeReceipt')
      : null,
    known && after(known, filedOn) ? violation(CODE, 'decisionKnownOn', 'knownAfterFiling') : null,
  ];
}

function checkInput(input: ComplaintAcceptanceInput): void {
  throwIfViolated(
    ...groundProblems(input),
    dateProblem(input.receivedOn, 'receivedOn'),
    dateProblem(input.filedOn, 'filedOn'),
    dateProblem(input.decisionKnownOn, 'decisionKnownOn'),
    dateProblem(input.today, 'today'),
    roundProblem(input),
  );
  throwIfViolated(...orderProblems(input));
}

interface Limitation {
  dueOn: LocalDate | null;
  explanation: ExplanationStep[];
}

// Luật KN Đ9: thời hiệu 90 ngày kể từ ngày nhận được hoặc biết được QĐ, hành vi hành chính; thời
// gian có trở ngại khách quan không tính vào thời hiệu → the count starts that many days later.
function firstRoundLimitation(input: ComplaintAcceptanceInput, known: LocalDate): Limitation {
  const obstacle = input.obstacleDays ?? 0;
  const start = addDays(known, obstacle);
  const d2 = computeRuleDeadline(
    { key: 'D2', start, startField: 'decisionKnownOn', ruleOn: known },
    input,
  );
  const text = complaintMessagesVi.explanation.obstacleDays(obstacle, fmt(known), fmt(start));
  const note: ExplanationStep[] = obstacle > 0 ? [{ kind: 'extension', text, days: obstacle }] : [];
  return { dueOn: d2.dueOn, explanation: [...note, ...d2.explanation] };
}

function limitationOf(input: ComplaintAcceptanceInput): Limitation {
  if (input.decisionKnownOn !== undefined && input.round !== ComplaintRound.Second) {
    return firstRoundLimitation(input, input.decisionKnownOn);
  }
  const second = input.secondRound as SecondRoundEligibility;
  // A late round-2 filing is a refusal ground (Đ11 k6); any other refusal means no round 2 at all
  if (second.refusal !== SecondRoundRefusal.FiledTooLate) {
    throwIfViolated(secondRoundViolation(second, 'secondRound'));
  }
  return { dueOn: second.dueOn, explanation: second.explanation };
}

function isLate(filedOn: LocalDate, dueOn: LocalDate | null): boolean {
  return dueOn !== null && compareLocalDates(filedOn, dueOn) > 0;
}

/**
 * The Điều 11 checklist of one complaint: the officer's answers for k1–k5 and k7–k9, k6 computed
 * from the limitation (D2 with obstacle days, or D7 for round 2), and the acceptance window (D4).
 */
export function evaluateAcceptance(input: ComplaintAcceptanceInput): ComplaintAcceptanceEvaluation {
  checkInput(input);
  const round = input.round ?? ComplaintRound.First;
  const limitation = limitationOf(input);
  const late = isLate(input.filedOn ?? input.receivedOn, limitation.dueOn);
  const failedGrounds = COMPLAINT_REFUSAL_GROUNDS.filter((g) =>
    g === ComplaintRefusalGround.TimeLimitExpired ? late : input.grounds[g],
  );
  // Luật KN Đ27 (lần đầu), Đ36 (lần hai): thụ lý hoặc thông báo không thụ lý trong 10 ngày
  const acceptance = computeRuleDeadline(
    { key: 'D4', start: input.receivedOn, startField: 'receivedOn' },
    input,
  );
  const acceptanceDueOn = acceptance.dueOn as LocalDate; // D4 has no suspension
  return {
    round,
    acceptable: failedGrounds.length === 0,
    failedGrounds,
    limitationDueOn: limitation.dueOn,
    limitationExplanation: limitation.explanation,
    acceptanceDueOn,
    acceptance,
    acceptanceTimeliness: timelinessOf(input.today, acceptanceDueOn),
    evaluatedOn: input.today,
  };
}
