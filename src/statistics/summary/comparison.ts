import { rateDifference, relativeChange } from '../domain/rates';
import {
  FIGURE_KEYS,
  type FigureKey,
  RATE_KEYS,
  type RateKey,
  type Rate,
  type StatisticsSummary,
} from '../domain/summary-shape';
import { figureOf } from './assemble-summary';

/**
 * Change of every figure between two periods, by dotted key: counts and amounts as a relative
 * change ((current − base) ÷ base; null for a zero base), rates as a difference in rate units
 * (0.034 = 3,4 percentage points; rates.ts: rates are never compared by relativeChange).
 */
export type SummaryChange = Readonly<Record<FigureKey | RateKey, Rate>>;

const asNumber = (value: number | string) => (typeof value === 'string' ? Number(value) : value);

export function summaryChange(current: StatisticsSummary, base: StatisticsSummary): SummaryChange {
  const change = {} as Record<FigureKey | RateKey, Rate>;
  for (const key of FIGURE_KEYS) {
    change[key] = relativeChange(asNumber(figureOf(current, key)), asNumber(figureOf(base, key)));
  }
  for (const key of RATE_KEYS) {
    change[key] = rateDifference(rateOf(current, key), rateOf(base, key));
  }
  return change;
}

function rateOf(summary: StatisticsSummary, key: RateKey): Rate {
  let node: unknown = summary;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return node as Rate;
}

export interface SummaryComparison {
  readonly current: StatisticsSummary;
  readonly previous: StatisticsSummary;
  readonly sameLastYear: StatisticsSummary;
  readonly change: { readonly previous: SummaryChange; readonly sameLastYear: SummaryChange };
}

export function compareSummaries(
  current: StatisticsSummary,
  previous: StatisticsSummary,
  sameLastYear: StatisticsSummary,
): SummaryComparison {
  return {
    current,
    previous,
    sameLastYear,
    change: {
      previous: summaryChange(current, previous),
      sameLastYear: summaryChange(current, sameLastYear),
    },
  };
}
