import { formatDecimal, formatInteger } from '../format/vi-number';

export interface Scale {
  max: number;
  step: number;
  ticks: number[];
}

/** A "nice" axis from 0 to at least `maxValue`, with about `targetTicks` steps of 1, 2, 2.5 or 5 × 10^n. */
export function niceScale(maxValue: number, targetTicks = 5): Scale {
  if (!Number.isFinite(maxValue) || maxValue <= 0) {
    return { max: 1, step: 1, ticks: [0, 1] };
  }
  const rough = maxValue / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const max = Math.ceil(maxValue / step - 1e-9) * step;
  const count = Math.round(max / step);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { max, step, ticks };
}

/** Tick label in Vietnamese notation: integers as 1.000, fractional steps with a comma. */
export function tickLabel(value: number, step: number): string {
  if (Number.isInteger(step)) {
    return formatInteger(value);
  }
  const decimals = Math.min(3, Math.max(1, -Math.floor(Math.log10(step % 1 || step))));
  return formatDecimal(value, decimals);
}
