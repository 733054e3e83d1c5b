import {
  dayLabel,
  type ExplanationStep,
  rollForward,
  unitText,
  walkCalendarDays,
  walkWorkingDays,
} from './deadline-steps';
import { chooseDeadlineValue, type ChosenValue } from './deadline-value';
import type { DeadlineUnit, LegalRuleVersion } from './legal-rule';
import {
  addDays,
  compareLocalDates,
  daysBetween,
  formatVietnameseDate as fmt,
  isValidLocalDate,
  type LocalDate,
} from './local-date';
import { addWorkingDays, countWorkingDays, type WorkingCalendar } from './working-calendar';

export type { ExplanationStep, ExplanationStepKind } from './deadline-steps';

// Deadline engine (DESIGN §4; DOMAIN Product decision 9 and §10.1): a pure function from a rule
// version, a start date, case flags and a working calendar to a due date plus the explanation.

export interface Suspension {
  from: LocalDate;
  /** Day the clock restarts (resumption); null while still suspended. */
  to: LocalDate | null;
}

export interface DeadlineInput {
  rule: LegalRuleVersion;
  /** The triggering date (receipt, acceptance, decision); not counted. */
  start: LocalDate;
  complex?: boolean;
  remote?: boolean;
  extensions?: number;
  suspensions?: readonly Suspension[];
}

export interface DeadlineResult {
  /** Last day of the period; null while suspended with no resumption. */
  dueOn: LocalDate | null;
  totalDays: number;
  unit: DeadlineUnit;
  explanation: ExplanationStep[];
  /** While suspended: days of the period still to run after resumption. */
  remainingDays?: number;
}

export class DeadlineInputError extends Error {
  readonly code = 'DEADLINE_INVALID_INPUT';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'DeadlineInputError';
  }
}

interface Period {
  unit: DeadlineUnit;
  start: LocalDate;
  totalDays: number;
  calendar: WorkingCalendar;
}

function requireUnit(rule: LegalRuleVersion): DeadlineUnit {
  if (rule.unit === null || rule.normalDays === null) {
    throw new DeadlineInputError(
      'rule',
      `Quy tắc ${rule.key} không phải là thời hạn tính theo ngày`,
    );
  }
  if (!Number.isInteger(rule.normalDays) || rule.normalDays <= 0) {
    throw new DeadlineInputError('rule', `Quy tắc ${rule.key} có số ngày không hợp lệ`);
  }
  return rule.unit;
}

function requireStart(start: LocalDate): LocalDate {
  if (!isValidLocalDate(start)) {
    throw new DeadlineInputError('start', `Ngày bắt đầu không hợp lệ: ${String(start)}`);
  }
  return start;
}

function checkExtensionCount(rule: LegalRuleVersion, count: number): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new DeadlineInputError('extensions', 'Số lần gia hạn phải là số nguyên không âm');
  }
  if (count > rule.maxExtensions) {
    const max = `tối đa ${rule.maxExtensions} lần`;
    throw new DeadlineInputError('extensions', `Quy tắc ${rule.key} cho phép gia hạn ${max}`);
  }
}

function extensionLength(rule: LegalRuleVersion, chosen: ChosenValue, count: number): number {
  checkExtensionCount(rule, count);
  const complexLength = chosen.complex ? (rule.complexExtensionDays ?? null) : null;
  const length = complexLength ?? rule.extensionDays;
  if (count > 0 && (length === null || length <= 0)) {
    throw new DeadlineInputError('extensions', `Quy tắc ${rule.key} không quy định độ dài gia hạn`);
  }
  return length ?? 0;
}

function validateSuspensions(list: readonly Suspension[], start: LocalDate): void {
  let previous: Suspension | null = null;
  list.forEach((s, i) => {
    const at = `suspensions[${i}]`;
    if (!isValidLocalDate(s.from)) {
      throw new DeadlineInputError(
        `${at}.from`,
        `Ngày tạm đình chỉ không hợp lệ: ${String(s.from)}`,
      );
    }
    if (s.to !== null && !isValidLocalDate(s.to)) {
      throw new DeadlineInputError(`${at}.to`, `Ngày tiếp tục không hợp lệ: ${String(s.to)}`);
    }
    if (compareLocalDates(s.from, start) <= 0) {
      throw new DeadlineInputError(`${at}.from`, 'Ngày tạm đình chỉ phải sau ngày bắt đầu tính');
    }
    if (s.to !== null && compareLocalDates(s.to, s.from) < 0) {
      throw new DeadlineInputError(`${at}.to`, 'Ngày tiếp tục không được trước ngày tạm đình chỉ');
    }
    if (previous && (previous.to === null || compareLocalDates(s.from, previous.to) < 0)) {
      const message = 'Các lần tạm đình chỉ phải theo thứ tự thời gian, không chồng lấn nhau';
      throw new DeadlineInputError(`${at}.from`, message);
    }
    previous = s;
  });
}

function ruleSteps(
  rule: LegalRuleVersion,
  chosen: ChosenValue,
  unit: DeadlineUnit,
): ExplanationStep[] {
  const variant = chosen.label ? ` (${chosen.label})` : '';
  const head = `Quy tắc ${rule.key} (phiên bản ${rule.version}) – ${rule.title}`;
  const text = `${head}: ${unitText(chosen.days, unit)}${variant}, căn cứ ${rule.legalBasis}`;
  const steps: ExplanationStep[] = [{ kind: 'rule', text, days: chosen.days }];
  return chosen.fallbackNote ? [...steps, { kind: 'rule', text: chosen.fallbackNote }] : steps;
}

function startStep(start: LocalDate): ExplanationStep {
  const next = fmt(addDays(start, 1));
  const text = `Ngày bắt đầu ${dayLabel(start)} không tính; thời hạn tính từ ngày ${next} (Bộ luật Dân sự 2015, Điều 147 khoản 2)`;
  return { kind: 'start', text, date: start };
}

function extensionSteps(input: DeadlineInput, base: number, length: number, unit: DeadlineUnit) {
  const count = input.extensions ?? 0;
  return Array.from({ length: count }, (_, i): ExplanationStep => {
    const total = unitText(base + (i + 1) * length, unit);
    const text = `Gia hạn lần ${i + 1}: thêm ${unitText(length, unit)} (${input.rule.legalBasis}); tổng thời hạn ${total} tính từ ngày ${fmt(input.start)}`;
    return { kind: 'extension', text, days: length };
  });
}

function countPeriod(p: Period): { end: LocalDate; steps: ExplanationStep[] } {
  return p.unit === 'calendar_days'
    ? walkCalendarDays(p.start, p.totalDays)
    : walkWorkingDays(p.calendar, p.start, p.totalDays);
}

function remainingAt(p: Period, from: LocalDate, due: LocalDate): number {
  return p.unit === 'calendar_days'
    ? daysBetween(from, due) + 1
    : countWorkingDays(p.calendar, from, addDays(due, 1));
}

function shiftBy(
  p: Period,
  due: LocalDate,
  s: Suspension & { to: LocalDate },
): [LocalDate, number] {
  if (p.unit === 'calendar_days') {
    const n = daysBetween(s.from, s.to);
    return [addDays(due, n), n];
  }
  const n = countWorkingDays(p.calendar, s.from, s.to);
  return [addWorkingDays(p.calendar, due, n), n];
}

type SuspensionOutcome = { due: LocalDate | null; step: ExplanationStep; remaining?: number };

// Suspension (tạm đình chỉ) stops the clock on `from` and restarts it on `to`: the due date moves by
// the days in [from, to) (Product decision 9). One that starts after the last day changes nothing.
function applySuspension(p: Period, due: LocalDate, s: Suspension): SuspensionOutcome {
  const base = { kind: 'suspension' as const, from: s.from };
  if (compareLocalDates(s.from, due) > 0) {
    const text = `Tạm đình chỉ từ ${fmt(s.from)} bắt đầu sau ngày cuối cùng của thời hạn (${fmt(due)}) nên không làm thay đổi hạn`;
    return { due, step: { ...base, text } };
  }
  if (s.to === null) {
    const remaining = remainingAt(p, s.from, due);
    const text = `Đang tạm đình chỉ từ ${fmt(s.from)}: thời hạn ngừng tính từ ngày này, còn lại ${unitText(remaining, p.unit)} tính tiếp từ ngày tiếp tục giải quyết`;
    return { due: null, step: { ...base, text, days: remaining }, remaining };
  }
  const [moved, n] = shiftBy(p, due, { from: s.from, to: s.to });
  const text = `Tạm đình chỉ từ ${fmt(s.from)}, tiếp tục từ ${fmt(s.to)}: không tính ${unitText(n, p.unit)} tạm đình chỉ; hạn chuyển từ ${fmt(due)} sang ${fmt(moved)}`;
  return { due: moved, step: { ...base, to: s.to, text, days: n } };
}

function dueStep(due: LocalDate | null): ExplanationStep {
  return due === null
    ? { kind: 'due', text: 'Chưa xác định hạn cuối vì thời hạn đang tạm dừng' }
    : { kind: 'due', text: `Hạn cuối: hết ngày ${dayLabel(due)}`, date: due };
}

/** Computes the due date of a deadline rule from its triggering date, with the explanation. */
export function computeDeadline(input: DeadlineInput, calendar: WorkingCalendar): DeadlineResult {
  const unit = requireUnit(input.rule);
  const start = requireStart(input.start);
  const chosen = chooseDeadlineValue(input.rule, input.complex ?? false, input.remote ?? false);
  const length = extensionLength(input.rule, chosen, input.extensions ?? 0);
  const suspensions = input.suspensions ?? [];
  validateSuspensions(suspensions, start);
  const totalDays = chosen.days + (input.extensions ?? 0) * length;
  const period: Period = { unit, start, totalDays, calendar };
  const counted = countPeriod(period);
  const steps = [
    ...ruleSteps(input.rule, chosen, unit),
    startStep(start),
    ...extensionSteps(input, chosen.days, length, unit),
    ...counted.steps,
  ];
  let due: LocalDate = counted.end;
  for (const s of suspensions) {
    const outcome = applySuspension(period, due, s);
    steps.push(outcome.step);
    if (outcome.due === null) {
      const explanation = [...steps, dueStep(null)];
      return { dueOn: null, totalDays, unit, explanation, remainingDays: outcome.remaining };
    }
    due = outcome.due;
  }
  const rolled = rollForward(calendar, due);
  steps.push(...rolled.steps, dueStep(rolled.end));
  return { dueOn: rolled.end, totalDays, unit, explanation: steps };
}
