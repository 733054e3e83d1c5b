import { complaintMessagesVi } from '../../common/i18n/resolution-messages.vi';
import {
  computeRuleDeadline,
  type RuleDeadline,
  type RuleSource,
} from '../../decisions/domain/rule-deadline';
import { type Timeliness, timelinessOf } from '../../decisions/domain/timeliness';
import type { ExplanationStep, Suspension } from '../../legal/domain/deadline-engine';
import {
  addDays,
  formatVietnameseDate,
  isValidLocalDate,
  type LocalDate,
} from '../../legal/domain/local-date';
import { ComplaintRound } from './complaint-enums';
import { ComplaintErrorCode, throwIfViolated, violation } from './complaint-errors';

export interface ComplaintResolutionInput extends RuleSource {
  round: ComplaintRound;
  acceptedOn: LocalDate;
  /** Vụ việc phức tạp (decided by the resolver, with a reason). */
  complex?: boolean;
  /** Vùng sâu, vùng xa đi lại khó khăn. */
  remote?: boolean;
  /** Tạm đình chỉ periods: the clock stops on `from` and restarts on `to` (Product decision 9). */
  suspensions?: readonly Suspension[];
}

/** D5 (round 1, Luật KN Đ28) or D8 (round 2, Luật KN Đ37), counted from acceptance. */
export function resolutionRuleKey(round: ComplaintRound): 'D5' | 'D8' {
  return round === ComplaintRound.Second ? 'D8' : 'D5';
}

/**
 * Last day to decide: D5 30 days (complex 45; remote 45, remote complex 60) or D8 45 days (60;
 * 60, 70), moved by suspensions; null while a suspension is open.
 */
export function computeComplaintResolutionDeadline(input: ComplaintResolutionInput): RuleDeadline {
  const request = {
    key: resolutionRuleKey(input.round),
    start: input.acceptedOn,
    startField: 'acceptedOn',
    complex: input.complex ?? false,
    remote: input.remote ?? false,
    suspensions: input.suspensions ?? [],
  };
  return computeRuleDeadline(request, input);
}

export interface ComplaintTimelinessInput extends ComplaintResolutionInput {
  decidedOn: LocalDate;
}

export interface ComplaintTimeliness {
  timeliness: Timeliness;
  deadline: RuleDeadline;
}

/** On time when decided on or before the resolution deadline (01/KQGQ "đúng quy định"). */
export function assessComplaintTimeliness(input: ComplaintTimelinessInput): ComplaintTimeliness {
  const code = ComplaintErrorCode.InputInvalid;
  throwIfViolated(
    isValidLocalDate(input.decidedOn) ? null : violation(code, 'decidedOn', 'dateInvalid'),
  );
  const deadline = computeComplaintResolutionDeadline(input);
  if (deadline.dueOn === null) {
    throwIfViolated(violation(code, 'suspensions', 'decidedWhileSuspended'));
  }
  return { timeliness: timelinessOf(input.decidedOn, deadline.dueOn as LocalDate), deadline };
}

export enum LegalEffectBlock {
  SecondRound = 'second_round',
  Lawsuit = 'lawsuit',
}

export interface ComplaintLegalEffectInput extends RuleSource {
  round: ComplaintRound;
  issuedOn: LocalDate;
  remote?: boolean;
  /** Round 1: a round-2 complaint was accepted at the higher agency. Ignored in round 2. */
  secondRoundRecorded?: boolean;
  /** The complainant sued and the court accepted the case. */
  lawsuitRecorded?: boolean;
}

export interface ComplaintLegalEffect {
  /** First day the decision has legal effect; null while blocked. */
  effectiveOn: LocalDate | null;
  blockedBy: LegalEffectBlock | null;
  /** The D9 period (30 days, remote 45) from issuance; null while blocked. */
  period: RuleDeadline | null;
  explanation: ExplanationStep[];
}

function blockOf(input: ComplaintLegalEffectInput): LegalEffectBlock | null {
  // Luật KN Đ44 k1: lần đầu có hiệu lực … mà người khiếu nại không khiếu nại lần hai
  if (input.round === ComplaintRound.First && input.secondRoundRecorded === true) {
    return LegalEffectBlock.SecondRound;
  }
  return input.lawsuitRecorded === true ? LegalEffectBlock.Lawsuit : null;
}

/**
 * Luật KN Đ44 k1, k2: a decision has legal effect after D9 (30 days, remote areas 45) from its
 * issuance — from the day after the period's last day — unless a round-2 complaint or a lawsuit
 * is recorded.
 */
export function computeComplaintLegalEffect(
  input: ComplaintLegalEffectInput,
): ComplaintLegalEffect {
  const blockedBy = blockOf(input);
  if (blockedBy !== null) {
    const text = complaintMessagesVi.explanation.legalEffectBlocked[blockedBy];
    return { effectiveOn: null, blockedBy, period: null, explanation: [{ kind: 'rule', text }] };
  }
  const period = computeRuleDeadline(
    { key: 'D9', start: input.issuedOn, startField: 'issuedOn', remote: input.remote ?? false },
    input,
  );
  const effectiveOn = addDays(period.dueOn as LocalDate, 1); // D9 has no suspension
  const text = complaintMessagesVi.explanation.legalEffectFrom(formatVietnameseDate(effectiveOn));
  const last: ExplanationStep = { kind: 'due', text, date: effectiveOn };
  return { effectiveOn, blockedBy: null, period, explanation: [...period.explanation, last] };
}
