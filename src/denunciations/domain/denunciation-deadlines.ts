import {
  computeOptionalRuleDeadline,
  computeRuleDeadline,
  type RuleDeadline,
  type RuleSource,
} from '../../decisions/domain/rule-deadline';
import { type Timeliness, timelinessOf } from '../../decisions/domain/timeliness';
import type { Suspension } from '../../legal/domain/deadline-engine';
import { isValidLocalDate, type LocalDate } from '../../legal/domain/local-date';
import { DenunciationComplexity } from './denunciation-enums';
import { DenunciationErrorCode, throwIfViolated, violation } from './denunciation-errors';

// Deadlines of a denunciation (DOMAIN §5.1, §11 D11–D16; Product decision 9: an extension
// lengthens the one period counted from acceptance — 30, 60, 90 days — rolled forward once).

/** Luật TC 2018 Đ30 k2, k3: how many extensions each complexity allows. */
export const MAX_EXTENSIONS: Readonly<Record<DenunciationComplexity, number>> = {
  [DenunciationComplexity.Normal]: 0,
  [DenunciationComplexity.Complex]: 1, // k2: phức tạp — gia hạn một lần, ≤ 30 ngày
  [DenunciationComplexity.EspeciallyComplex]: 2, // k3: đặc biệt phức tạp — hai lần, mỗi lần ≤ 30
};

/** D11 (Luật TC 2018 Đ24 k1): 7 working days from receipt, extended once to 10 (2011 Đ20: 10 → 15 days). */
export function computePrelimCheckDeadline(
  input: RuleSource & { receivedOn: LocalDate; extended?: boolean },
): RuleDeadline {
  const extensions = input.extended === true ? 1 : 0;
  return computeRuleDeadline(
    { key: 'D11', start: input.receivedOn, startField: 'receivedOn', extensions },
    input,
  );
}

/** D12 (Đ24 k2): transfer to the competent body and tell the denouncer, 5 working days. */
export function computeTransferDeadline(
  input: RuleSource & { receivedOn: LocalDate },
): RuleDeadline {
  return computeRuleDeadline(
    { key: 'D12', start: input.receivedOn, startField: 'receivedOn' },
    input,
  );
}

/**
 * D13 (Đ29 k3): notify the denouncer (and the accused of the content), 5 working days; null for
 * an acceptance before 1/1/2019 (Luật TC 2011 sets no own term).
 */
export function computeAcceptanceNoticeDeadline(
  input: RuleSource & { acceptedOn: LocalDate },
): RuleDeadline | null {
  return computeOptionalRuleDeadline(
    { key: 'D13', start: input.acceptedOn, startField: 'acceptedOn' },
    input,
  );
}

/** D15 (Đ35): send the conclusion to the accused, notify the denouncer, 5 working days (or null, 2011). */
export function computeConclusionNoticeDeadline(
  input: RuleSource & { concludedOn: LocalDate },
): RuleDeadline | null {
  const request = { key: 'D15', start: input.concludedOn, startField: 'concludedOn' };
  return computeOptionalRuleDeadline(request, input);
}

/** D16 (Đ36): act on the conclusion (discipline, recovery, referral…), 7 working days (or null, 2011). */
export function computeHandlingDeadline(
  input: RuleSource & { concludedOn: LocalDate },
): RuleDeadline | null {
  const request = { key: 'D16', start: input.concludedOn, startField: 'concludedOn' };
  return computeOptionalRuleDeadline(request, input);
}

export interface DenunciationResolutionInput extends RuleSource {
  acceptedOn: LocalDate;
  /** Extension decisions taken (0–2). */
  extensions?: number;
  complexity?: DenunciationComplexity;
  suspensions?: readonly Suspension[];
}

function checkExtensions(input: DenunciationResolutionInput): void {
  const count = input.extensions ?? 0;
  const max = input.complexity === undefined ? 2 : MAX_EXTENSIONS[input.complexity];
  const code = DenunciationErrorCode.InputInvalid;
  throwIfViolated(
    Number.isInteger(count) && count >= 0
      ? null
      : violation(code, 'extensions', 'extensionsInvalid'),
    count > max ? violation(code, 'extensions', 'extensionsExceedComplexity') : null,
  );
}

/**
 * D14 (Đ30): 30 days from acceptance, +30 per extension (at most two), moved by suspensions;
 * null while a suspension is open. Pre-2019 cases get the Luật TC 2011 version (60/90 days).
 */
export function computeDenunciationResolutionDeadline(
  input: DenunciationResolutionInput,
): RuleDeadline {
  checkExtensions(input);
  const request = {
    key: 'D14',
    start: input.acceptedOn,
    startField: 'acceptedOn',
    complex: input.complexity !== undefined && input.complexity !== DenunciationComplexity.Normal,
    extensions: input.extensions ?? 0,
    suspensions: input.suspensions ?? [],
  };
  return computeRuleDeadline(request, input);
}

export interface DenunciationTimeliness {
  timeliness: Timeliness;
  deadline: RuleDeadline;
}

/** On time when concluded on or before the D14 deadline (03/KQGQ "đúng quy định"). */
export function assessDenunciationTimeliness(
  input: DenunciationResolutionInput & { concludedOn: LocalDate },
): DenunciationTimeliness {
  const code = DenunciationErrorCode.InputInvalid;
  throwIfViolated(
    isValidLocalDate(input.concludedOn) ? null : violation(code, 'concludedOn', 'dateInvalid'),
  );
  const deadline = computeDenunciationResolutionDeadline(input);
  if (deadline.dueOn === null) {
    throwIfViolated(violation(code, 'suspensions', 'concludedWhileSuspended'));
  }
  return { timeliness: timelinessOf(input.concludedOn, deadline.dueOn as LocalDate), deadline };
}
