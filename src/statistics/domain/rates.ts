import type { Rate } from './summary-shape';

/**
 * Rates of the reports and the press (DOMAIN §7.3, Product decision 3), as pure functions over
 * counts. Each returns the unrounded ratio (0.8138… for 81,4 %), or null when its denominator is 0:
 * "no case to resolve" is not "0 % resolved". Rounding is for display only (roundHalfUp).
 */

function count(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number ≥ 0, got ${value}`);
  }
  return value;
}

/** numerator ÷ denominator, or null when the denominator is 0. */
export function ratio(numerator: number, denominator: number): Rate {
  const n = count('numerator', numerator);
  const d = count('denominator', denominator);
  return d === 0 ? null : n / d;
}

export interface ResolvedParts {
  readonly resolvedByDecision: number;
  readonly resolvedByWithdrawal: number;
  readonly terminated: number;
}

/** Product decision 3: resolved = by decision (conclusion) + by withdrawal + terminated (đình chỉ). */
export function resolvedCount(parts: ResolvedParts): number {
  return (
    count('resolvedByDecision', parts.resolvedByDecision) +
    count('resolvedByWithdrawal', parts.resolvedByWithdrawal) +
    count('terminated', parts.terminated)
  );
}

/**
 * Tỷ lệ giải quyết = số vụ việc đã giải quyết ÷ số vụ việc thuộc thẩm quyền (carried over +
 * accepted in the period), by case not by petition (DOMAIN §7.3; Hà Nội 2017: 1.911 / 2.348).
 */
export function resolutionRate(figures: { resolved: number; inCompetence: number }): Rate {
  return ratio(figures.resolved, figures.inCompetence);
}

export interface OutcomeCounts {
  readonly right: number;
  readonly partlyRight: number;
  readonly wrong: number;
  readonly resolvedByDecision: number;
}

export interface OutcomeShares {
  readonly right: Rate;
  readonly partlyRight: Rate;
  readonly wrong: Rate;
  readonly rightOrPartlyRight: Rate;
}

/**
 * Shares of right / partly right / wrong over the cases resolved by decision or conclusion
 * (01/KQGQ col 5), not over all resolved cases: withdrawn and terminated cases have no finding
 * (DOMAIN §7.3, Product decision 3; Hải Phòng: 5 + 111 + 6 = 122 decided).
 */
export function outcomeShares(counts: OutcomeCounts): OutcomeShares {
  const { right, partlyRight, wrong, resolvedByDecision: base } = counts;
  return {
    right: ratio(right, base),
    partlyRight: ratio(partlyRight, base),
    wrong: ratio(wrong, base),
    rightOrPartlyRight: ratio(count('right', right) + count('partlyRight', partlyRight), base),
  };
}

/** Tỷ lệ rút đơn = withdrawn ÷ resolved (01/KQGQ col 6 ÷ (5 + 6); 03/KQGQ col 9 ÷ col 6). */
export function withdrawalShare(figures: { resolvedByWithdrawal: number; resolved: number }): Rate {
  return ratio(figures.resolvedByWithdrawal, figures.resolved);
}

/** Tỷ lệ đúng hạn = on time ÷ (on time + late) (01/KQGQ cols 25–26; 03/KQGQ cols 30–31). */
export function onTimeShare(figures: { onTime: number; late: number }): Rate {
  return ratio(figures.onTime, count('onTime', figures.onTime) + count('late', figures.late));
}

/**
 * Tỷ lệ thực hiện dứt điểm = decisions (conclusions) completed ÷ to implement in the period,
 * carried-over ones included (02/KQGQ col 2 ÷ col 1; Hà Nội 2017: 292 / 426).
 */
export function completionRate(figures: { completed: number; toImplement: number }): Rate {
  return ratio(figures.completed, figures.toImplement);
}

/** Tỷ lệ xử lý đơn = petitions handled ÷ all petitions (carried over + received) (DOMAIN §7.3). */
export function handlingRate(figures: { handled: number; total: number }): Rate {
  return ratio(figures.handled, figures.total);
}

/**
 * Change of a figure between two periods, as a ratio: (current − previous) ÷ previous; 0.25 is
 * "+25 %", −0.1 is "−10 %". Null when the previous figure is 0 (no base to compare with).
 */
export function relativeChange(current: number, previous: number): Rate {
  count('current', current);
  return count('previous', previous) === 0 ? null : (current - previous) / previous;
}

/**
 * Change of a rate between two periods, in rate units (0.034 = 3,4 percentage points). Null when
 * either rate is null. Rates are compared by difference, never by relativeChange.
 */
export function rateDifference(current: Rate, previous: Rate): Rate {
  return current === null || previous === null ? null : current - previous;
}

/**
 * Rounds half away from zero on the shortest decimal form of x, so 1.005 → 1.01 and 68.545 →
 * 68.55 as written, not as the binary float happens to fall (DOMAIN: "làm tròn" half-up).
 */
export function roundHalfUp(x: number, decimals: number): number {
  return roundShifted(x, decimals, 0);
}

/** A rate as a percentage rounded for display: (1911 / 2348, 1) → 81.4; (292 / 426, 2) → 68.54. */
export function roundPercent(rate: number, decimals: number): number {
  return roundShifted(rate, decimals, 2);
}

function roundShifted(x: number, decimals: number, shift: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`decimals must be an integer 0–10, got ${decimals}`);
  }
  if (!Number.isFinite(x)) {
    throw new RangeError(`Not a finite number: ${x}`);
  }
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e');
  const scaled = Number(`${mantissa}e${Number(exponent) + shift + decimals}`);
  if (scaled >= Number.MAX_SAFE_INTEGER) {
    return Math.sign(x) * Number(`${mantissa}e${Number(exponent) + shift}`);
  }
  const rounded = Math.round(scaled);
  return rounded === 0 ? 0 : Math.sign(x) * Number(`${rounded}e-${decimals}`);
}
