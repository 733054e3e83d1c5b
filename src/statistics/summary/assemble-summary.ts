import { completionRate, resolutionRate } from '../domain/rates';
import {
  ENFORCEMENT_COUNT_KEYS,
  ENFORCEMENT_LAND_KEYS,
  ENFORCEMENT_MONEY_KEYS,
  type EnforcementSummary,
  type FigureKey,
  figureUnit,
  IMPLEMENTATION_GROUP_KEYS,
  type ImplementationSummary,
  PETITION_KEYS,
  RECEPTION_KEYS,
  RESOLUTION_COUNT_KEYS,
  type ResolutionSummary,
  type StatisticsSummary,
  type SummaryAgency,
  type SummaryPeriod,
} from '../domain/summary-shape';

/** The value of every figure as the SQL returned it (text), by figure key. */
export type FigureValues = ReadonlyMap<FigureKey, string>;

/** '2982.50' → '2982.5'; '2600000000' → '2600000000'; '0.00' → '0'. */
export function canonicalDecimal(text: string): string {
  if (!text.includes('.')) return text;
  return text.replace(/0+$/, '').replace(/\.$/, '');
}

/** A figure as the summary shows it: a count or a decimal string for đồng and m². */
export function figureValue(key: FigureKey, text: string | undefined): number | string {
  const unit = figureUnit(key);
  if (unit === 'vnd' || unit === 'squareMetre') return canonicalDecimal(text ?? '0');
  return Number(text ?? '0');
}

function counts<K extends string>(values: FigureValues, prefix: string, keys: readonly K[]) {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = Number(values.get(`${prefix}.${k}` as FigureKey) ?? '0');
  return out;
}

function resolution(values: FigureValues, prefix: string): ResolutionSummary {
  const c = counts(values, prefix, RESOLUTION_COUNT_KEYS);
  return { ...c, resolutionRate: resolutionRate(c) };
}

function implementation(values: FigureValues, group: string): ImplementationSummary {
  const c = counts(values, `enforcement.${group}`, ['toImplement', 'completed'] as const);
  return { ...c, completionRate: completionRate(c) };
}

function enforcement(values: FigureValues): EnforcementSummary {
  const groups = Object.fromEntries(
    IMPLEMENTATION_GROUP_KEYS.map((g) => [g, implementation(values, g)]),
  ) as Record<(typeof IMPLEMENTATION_GROUP_KEYS)[number], ImplementationSummary>;
  const decimals = Object.fromEntries(
    [...ENFORCEMENT_MONEY_KEYS, ...ENFORCEMENT_LAND_KEYS].map((k) => [
      k,
      canonicalDecimal(values.get(`enforcement.${k}`) ?? '0'),
    ]),
  ) as Record<
    (typeof ENFORCEMENT_MONEY_KEYS)[number] | (typeof ENFORCEMENT_LAND_KEYS)[number],
    string
  >;
  return { ...groups, ...decimals, ...counts(values, 'enforcement', ENFORCEMENT_COUNT_KEYS) };
}

/** The DESIGN §5 summary from the figure values (rates via rates.ts). Pure. */
export function assembleSummary(
  period: SummaryPeriod,
  agency: SummaryAgency,
  values: FigureValues,
): StatisticsSummary {
  return {
    period: { from: period.from, to: period.to, convention: period.convention },
    agency: { id: agency.id, name: agency.name },
    reception: counts(values, 'reception', RECEPTION_KEYS),
    petitions: counts(values, 'petitions', PETITION_KEYS),
    complaints: resolution(values, 'complaints'),
    denunciations: resolution(values, 'denunciations'),
    enforcement: enforcement(values),
  };
}

/** Reads a figure back out of a summary (by its dotted key). */
export function figureOf(summary: StatisticsSummary, key: FigureKey): number | string {
  let node: unknown = summary;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return node as number | string;
}
