import { isWeekend } from './holiday-calendar';
import type { DeadlineUnit } from './legal-rule';
import { addDays, formatVietnameseDate as fmt, type LocalDate, weekdayNameVi } from './local-date';
import { nextWorkingDay, type WorkingCalendar } from './working-calendar';

// Counting walks of the deadline engine, each returning the explanation steps it took.

export type ExplanationStepKind =
  'rule' | 'start' | 'count' | 'skip' | 'extension' | 'suspension' | 'roll_forward' | 'due';

export interface ExplanationStep {
  kind: ExplanationStepKind;
  text: string;
  date?: LocalDate;
  from?: LocalDate;
  to?: LocalDate;
  days?: number;
}

export interface Walk {
  end: LocalDate;
  steps: ExplanationStep[];
}

const MAX_NON_WORKING_RUN = 366;

export function unitText(n: number, unit: DeadlineUnit): string {
  return unit === 'working_days' ? `${n} ngày làm việc` : `${n} ngày`;
}

/** 'Thứ Bảy 24/01/2026'. */
export function dayLabel(d: LocalDate): string {
  return `${weekdayNameVi(d)} ${fmt(d)}`;
}

function firstOf(days: readonly LocalDate[]): LocalDate {
  const d = days[0];
  if (d === undefined) {
    throw new RangeError('Empty run of days');
  }
  return d;
}

function lastOf(days: readonly LocalDate[]): LocalDate {
  return firstOf(days.slice(-1));
}

function joinVi(parts: readonly string[]): string {
  if (parts.length <= 1) {
    return parts.join('');
  }
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1] ?? ''}`;
}

function isPlainWeekend(calendar: WorkingCalendar, d: LocalDate): boolean {
  return isWeekend(d) && calendar.nonWorkingReason(d) === weekdayNameVi(d);
}

function reasonOf(calendar: WorkingCalendar, d: LocalDate): string {
  return calendar.nonWorkingReason(d) ?? 'ngày không làm việc';
}

/** 'Chủ nhật (ngày nghỉ hằng tuần)' or 'Thứ Hai – Nghỉ bù Giỗ Tổ Hùng Vương'. */
export function describeNonWorkingDay(calendar: WorkingCalendar, d: LocalDate): string {
  if (isPlainWeekend(calendar, d)) {
    return `${weekdayNameVi(d)} (ngày nghỉ hằng tuần)`;
  }
  return `${weekdayNameVi(d)} – ${reasonOf(calendar, d)}`;
}

/** Calendar days: the N days after start, holidays included (Bộ luật Dân sự 2015, Điều 147). */
export function walkCalendarDays(start: LocalDate, n: number): Walk {
  const from = addDays(start, 1);
  const end = addDays(start, n);
  const text = `Đếm ${n} ngày liên tục, kể cả ngày nghỉ và ngày lễ, từ ${fmt(from)} đến ${fmt(end)}`;
  return { end, steps: [{ kind: 'count', text, from, to: end, days: n }] };
}

interface Segment {
  working: boolean;
  days: LocalDate[];
}

function segmentsAfter(calendar: WorkingCalendar, start: LocalDate, n: number): Segment[] {
  const segments: Segment[] = [];
  let d = start;
  for (let counted = 0; counted < n;) {
    d = addDays(d, 1);
    const working = calendar.isWorkingDay(d);
    const last = segments.at(-1);
    if (last && last.working === working) {
      last.days.push(d);
    } else {
      segments.push({ working, days: [d] });
    }
    counted += working ? 1 : 0;
    if (!working && (segments.at(-1)?.days.length ?? 0) > MAX_NON_WORKING_RUN) {
      throw new RangeError(`No working day within ${MAX_NON_WORKING_RUN} days after ${start}`);
    }
  }
  return segments;
}

function countStep(days: readonly LocalDate[], counted: number, total: number): ExplanationStep {
  const from = firstOf(days);
  const to = lastOf(days);
  const span =
    days.length === 1
      ? `Đếm 1 ngày làm việc: ${dayLabel(from)}`
      : `Đếm ${days.length} ngày làm việc từ ${fmt(from)} đến ${fmt(to)}`;
  const makeUp = days.filter(isWeekend).map(dayLabel);
  const makeUpText = makeUp.length > 0 ? ` (gồm ngày làm bù ${joinVi(makeUp)})` : '';
  const text = `${span}${makeUpText}; đã đếm ${counted}/${total} ngày làm việc`;
  return { kind: 'count', text, from, to, days: days.length };
}

function weekendStep(days: readonly LocalDate[]): ExplanationStep {
  const text = `Bỏ qua ${joinVi(days.map(dayLabel))} (ngày nghỉ hằng tuần)`;
  return { kind: 'skip', text, from: firstOf(days), to: lastOf(days), days: days.length };
}

function skipSteps(calendar: WorkingCalendar, days: readonly LocalDate[]): ExplanationStep[] {
  const steps: ExplanationStep[] = [];
  let weekend: LocalDate[] = [];
  const flush = (): void => {
    if (weekend.length > 0) {
      steps.push(weekendStep(weekend));
      weekend = [];
    }
  };
  for (const d of days) {
    if (isPlainWeekend(calendar, d)) {
      weekend.push(d);
      continue;
    }
    flush();
    const text = `Bỏ qua ${dayLabel(d)}: ${reasonOf(calendar, d)}`;
    steps.push({ kind: 'skip', text, date: d, days: 1 });
  }
  flush();
  return steps;
}

/** Working days: the N working days after start, skipping every non-working day by name. */
export function walkWorkingDays(calendar: WorkingCalendar, start: LocalDate, n: number): Walk {
  const segments = segmentsAfter(calendar, start, n);
  let counted = 0;
  const steps = segments.flatMap((s) => {
    if (!s.working) {
      return skipSteps(calendar, s.days);
    }
    counted += s.days.length;
    return [countStep(s.days, counted, n)];
  });
  return { end: lastOf(segments.at(-1)?.days ?? [start]), steps };
}

/** BLDS 2015 Điều 148 khoản 5: a last day that is a rest day or holiday moves to the next working day. */
export function rollForward(calendar: WorkingCalendar, due: LocalDate): Walk {
  if (calendar.isWorkingDay(due)) {
    return { end: due, steps: [] };
  }
  const end = nextWorkingDay(calendar, due);
  const parts = [
    `Ngày cuối cùng của thời hạn ${fmt(due)} là ${describeNonWorkingDay(calendar, due)}`,
  ];
  for (let d = addDays(due, 1); d !== end; d = addDays(d, 1)) {
    parts.push(`${fmt(d)} là ${describeNonWorkingDay(calendar, d)}`);
  }
  parts.push(
    `thời hạn kết thúc vào ngày làm việc tiếp theo ${dayLabel(end)} (Bộ luật Dân sự 2015, Điều 148 khoản 5)`,
  );
  return {
    end,
    steps: [{ kind: 'roll_forward', text: parts.join('; '), from: due, to: end, date: end }],
  };
}
