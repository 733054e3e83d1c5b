import type { LocalDate } from '../../legal/domain/local-date';
import type { PeriodConvention } from './report-period';

/**
 * The shape of `GET /api/v1/statistics/summary` (DESIGN.md §5): exactly these JSON keys. The key
 * lists below are the single source; the types are derived from them so a key cannot be added to
 * one and forgotten in the other. Counts are integers; money is a decimal string in đồng (VND);
 * land is a decimal string in m² (PostgreSQL numeric, never a float); rates are unrounded numbers
 * 0–1, or null when the denominator is 0 (Product decision 3).
 */

/** A decimal number written as a string, e.g. "2600000000" or "2982.5". */
export type DecimalString = string;
/** resolved ÷ in competence, completed ÷ to implement … unrounded; null for a zero denominator. */
export type Rate = number | null;

export const RECEPTION_KEYS = [
  'visits',
  'persons',
  'cases',
  'casesFirstTime',
  'casesRepeat',
  'delegations',
  'delegationPersons',
  'headSessions',
] as const;

export const PETITION_KEYS = [
  'total',
  'carriedOver',
  'received',
  'handled',
  'eligible',
  'inCompetence',
  'guided',
  'forwarded',
  'urged',
  'filed',
] as const;

/** The same keys for complaints and denunciations (DESIGN.md §5 "denunciations{same keys}"). */
export const RESOLUTION_COUNT_KEYS = [
  'inCompetence',
  'carriedOver',
  'accepted',
  'resolved',
  'resolvedByDecision',
  'resolvedByWithdrawal',
  'right',
  'partlyRight',
  'wrong',
  'onTime',
  'late',
  'pending',
  'overdue',
] as const;
export const RESOLUTION_RATE_KEYS = ['resolutionRate'] as const;

export const IMPLEMENTATION_COUNT_KEYS = ['toImplement', 'completed'] as const;
export const IMPLEMENTATION_RATE_KEYS = ['completionRate'] as const;
/** The two groups of decisions whose implementation is tracked (02/KQGQ, 04/KQGQ). */
export const IMPLEMENTATION_GROUP_KEYS = ['complaintDecisions', 'denunciationConclusions'] as const;

export const ENFORCEMENT_MONEY_KEYS = [
  'moneyToStateRecommended',
  'moneyToStateCollected',
  'moneyReturnRecommended',
  'moneyReturned',
] as const;
export const ENFORCEMENT_LAND_KEYS = [
  'landToStateRecommended',
  'landToStateCollected',
  'landReturnRecommended',
  'landReturned',
] as const;
export const ENFORCEMENT_COUNT_KEYS = [
  'collectivesDisciplined',
  'individualsDisciplined',
  'referredToInvestigationCases',
  'referredToInvestigationPersons',
] as const;

export type ReceptionKey = (typeof RECEPTION_KEYS)[number];
export type PetitionKey = (typeof PETITION_KEYS)[number];
export type ResolutionKey =
  (typeof RESOLUTION_COUNT_KEYS)[number] | (typeof RESOLUTION_RATE_KEYS)[number];
export type ImplementationKey =
  (typeof IMPLEMENTATION_COUNT_KEYS)[number] | (typeof IMPLEMENTATION_RATE_KEYS)[number];
export type EnforcementAmountOrCountKey =
  | (typeof ENFORCEMENT_MONEY_KEYS)[number]
  | (typeof ENFORCEMENT_LAND_KEYS)[number]
  | (typeof ENFORCEMENT_COUNT_KEYS)[number];

type Counts<K extends string> = { readonly [P in K]: number };
type Rates<K extends string> = { readonly [P in K]: Rate };
type Decimals<K extends string> = { readonly [P in K]: DecimalString };

export type ReceptionSummary = Counts<(typeof RECEPTION_KEYS)[number]>;
export type PetitionSummary = Counts<(typeof PETITION_KEYS)[number]>;
export type ResolutionSummary = Counts<(typeof RESOLUTION_COUNT_KEYS)[number]> &
  Rates<(typeof RESOLUTION_RATE_KEYS)[number]>;
export type ImplementationSummary = Counts<(typeof IMPLEMENTATION_COUNT_KEYS)[number]> &
  Rates<(typeof IMPLEMENTATION_RATE_KEYS)[number]>;
export type EnforcementSummary = {
  readonly [P in (typeof IMPLEMENTATION_GROUP_KEYS)[number]]: ImplementationSummary;
} & Decimals<(typeof ENFORCEMENT_MONEY_KEYS)[number]> &
  Decimals<(typeof ENFORCEMENT_LAND_KEYS)[number]> &
  Counts<(typeof ENFORCEMENT_COUNT_KEYS)[number]>;

/** DESIGN.md §5 names `agency` without its keys: the unit the figures roll up to. */
export interface SummaryAgency {
  readonly id: string;
  readonly name: string;
}

export interface SummaryPeriod {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly convention: PeriodConvention;
}

export interface StatisticsSummary {
  readonly period: SummaryPeriod;
  readonly agency: SummaryAgency;
  readonly reception: ReceptionSummary;
  readonly petitions: PetitionSummary;
  readonly complaints: ResolutionSummary;
  readonly denunciations: ResolutionSummary;
  readonly enforcement: EnforcementSummary;
}

/** Every top-level key of the summary, in DESIGN.md order. */
export const SUMMARY_KEYS = [
  'period',
  'agency',
  'reception',
  'petitions',
  'complaints',
  'denunciations',
  'enforcement',
] as const satisfies readonly (keyof StatisticsSummary)[];

const prefixed = <P extends string, K extends string>(prefix: P, keys: readonly K[]) =>
  keys.map((key) => `${prefix}.${key}` as const);

/**
 * Every figure a user can drill into (`?figure=<key>` on the matching list endpoint): all counts
 * and amounts. Rates are not listed: they are drilled through their numerator and denominator.
 */
export const FIGURE_KEYS = [
  ...prefixed('reception', RECEPTION_KEYS),
  ...prefixed('petitions', PETITION_KEYS),
  ...prefixed('complaints', RESOLUTION_COUNT_KEYS),
  ...prefixed('denunciations', RESOLUTION_COUNT_KEYS),
  ...prefixed('enforcement.complaintDecisions', IMPLEMENTATION_COUNT_KEYS),
  ...prefixed('enforcement.denunciationConclusions', IMPLEMENTATION_COUNT_KEYS),
  ...prefixed('enforcement', ENFORCEMENT_MONEY_KEYS),
  ...prefixed('enforcement', ENFORCEMENT_LAND_KEYS),
  ...prefixed('enforcement', ENFORCEMENT_COUNT_KEYS),
] as const;

export type FigureKey = (typeof FIGURE_KEYS)[number];

/** The rate paths of the summary (not drillable themselves). */
export const RATE_KEYS = [
  'complaints.resolutionRate',
  'denunciations.resolutionRate',
  'enforcement.complaintDecisions.completionRate',
  'enforcement.denunciationConclusions.completionRate',
] as const;

export type RateKey = (typeof RATE_KEYS)[number];

/**
 * How a drilled list adds up to its figure: a `record` figure is the number of records listed; the
 * others are the total of a quantity over the records listed (persons of the visits, collectives,
 * persons or prosecuted cases of the enforcement items, đồng, m²).
 */
export type FigureUnit = 'record' | 'person' | 'collective' | 'case' | 'vnd' | 'squareMetre';
export type FigureMeasure = 'count' | 'sum';

const QUANTITY_UNITS: Readonly<Partial<Record<FigureKey, FigureUnit>>> = {
  'reception.persons': 'person',
  'reception.delegationPersons': 'person',
  'enforcement.moneyToStateRecommended': 'vnd',
  'enforcement.moneyToStateCollected': 'vnd',
  'enforcement.moneyReturnRecommended': 'vnd',
  'enforcement.moneyReturned': 'vnd',
  'enforcement.landToStateRecommended': 'squareMetre',
  'enforcement.landToStateCollected': 'squareMetre',
  'enforcement.landReturnRecommended': 'squareMetre',
  'enforcement.landReturned': 'squareMetre',
  'enforcement.collectivesDisciplined': 'collective',
  'enforcement.individualsDisciplined': 'person',
  'enforcement.referredToInvestigationCases': 'case',
  'enforcement.referredToInvestigationPersons': 'person',
};

export function figureUnit(key: FigureKey): FigureUnit {
  return QUANTITY_UNITS[key] ?? 'record';
}

export function figureMeasure(key: FigureKey): FigureMeasure {
  return figureUnit(key) === 'record' ? 'count' : 'sum';
}

export function isFigureKey(value: unknown): value is FigureKey {
  return typeof value === 'string' && (FIGURE_KEYS as readonly string[]).includes(value);
}
