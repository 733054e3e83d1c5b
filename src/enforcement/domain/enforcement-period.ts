import { compareLocalDates, type LocalDate } from '../../legal/domain/local-date';
import { type PeriodAmounts, periodAmounts, type PeriodEnforcedDecision } from './period-amounts';
import { checkPeriod, effectiveDay, isInPeriod, type ReportPeriod } from './report-period';

export type { ReportPeriod } from './report-period';

// Period semantics of enforcement (DESIGN §5; DOMAIN §6.2, §7.3; 02/KQGQ and 04/KQGQ cols 1–2),
// for a period [from, to] of local dates, both inclusive:
// - decisions to implement = legally effective on or before `to` and not complete before `from`
//   (= carried over from earlier periods + newly effective in the period);
// - completed = completed in the period; completion rate = completed ÷ to implement.
// A decision counts as completed no earlier than its legal effect: progress made before it became
// effective is credited on the day it did (Luật KN 2011 Điều 44; Luật TC 2018 Điều 44).

export interface PeriodDecision {
  legalEffectOn: LocalDate;
  /** The day its last item was completed (decision-completion.ts); null while not complete. */
  completedOn: LocalDate | null;
}

function completionDay(d: PeriodDecision): LocalDate | null {
  return d.completedOn === null ? null : effectiveDay(d.completedOn, d.legalEffectOn);
}

/** Legally effective on or before `to` and not complete before `from` (DESIGN §5). */
export function isToImplement(d: PeriodDecision, period: ReportPeriod): boolean {
  if (compareLocalDates(d.legalEffectOn, period.to) > 0) return false;
  const done = completionDay(d);
  return done === null || compareLocalDates(done, period.from) >= 0;
}

/** Kỳ trước chuyển sang: to implement, and effective before the period. */
export function isCarriedOver(d: PeriodDecision, period: ReportPeriod): boolean {
  return isToImplement(d, period) && compareLocalDates(d.legalEffectOn, period.from) < 0;
}

/** Có hiệu lực trong kỳ. */
export function isNewlyEffective(d: PeriodDecision, period: ReportPeriod): boolean {
  return isInPeriod(d.legalEffectOn, period);
}

/** Đã thực hiện xong trong kỳ (col 2). */
export function isCompletedIn(d: PeriodDecision, period: ReportPeriod): boolean {
  const done = completionDay(d);
  return done !== null && isInPeriod(done, period);
}

/** Completed ÷ to implement, unrounded (Product decision 3); null when nothing was to implement. */
export function completionRate(completed: number, toImplement: number): number | null {
  return toImplement === 0 ? null : completed / toImplement;
}

export interface DecisionCounts {
  /** 02/KQGQ col 1 · 04/KQGQ col 1: Tổng số quyết định (kết luận) phải thực hiện trong kỳ. */
  toImplement: number;
  /** Of col 1: kỳ trước chuyển sang (tồn đọng at the start of the period). */
  carriedOver: number;
  /** Of col 1: có hiệu lực pháp luật trong kỳ. */
  newlyEffective: number;
  /** 02/KQGQ col 2 · 04/KQGQ col 2: Số quyết định (kết luận) đã thực hiện xong. */
  completed: number;
  /** Col 2 ÷ col 1 (DOMAIN §7.3 tỷ lệ thực hiện dứt điểm); null when col 1 is 0. */
  completionRate: number | null;
}

export function countDecisions(
  decisions: readonly PeriodDecision[],
  period: ReportPeriod,
): DecisionCounts {
  checkPeriod(period);
  let carriedOver = 0;
  let newlyEffective = 0;
  let completed = 0;
  for (const d of decisions) {
    if (!isToImplement(d, period)) continue;
    if (isNewlyEffective(d, period)) newlyEffective += 1;
    else carriedOver += 1;
    if (isCompletedIn(d, period)) completed += 1;
  }
  const toImplement = carriedOver + newlyEffective;
  return {
    toImplement,
    carriedOver,
    newlyEffective,
    completed,
    completionRate: completionRate(completed, toImplement),
  };
}

export type EnforcementPeriodFigures = DecisionCounts & PeriodAmounts;

/** Every figure of 02/KQGQ (complaint decisions) or 04/KQGQ (denunciation conclusions). */
export function enforcementPeriodFigures(
  decisions: readonly (PeriodDecision & PeriodEnforcedDecision)[],
  period: ReportPeriod,
): EnforcementPeriodFigures {
  const counts = countDecisions(decisions, period);
  const toImplement = decisions.filter((d) => isToImplement(d, period));
  return { ...counts, ...periodAmounts(toImplement, period) };
}
