import type { OversightNarrative } from '../../statistics/oversight/domain/narrative-sections';
import type { StatisticsSummary } from '../../statistics/domain/summary-shape';
import type { LocalAuthorities } from '../format/local-authorities';
import type { DocumentIssuer, LocalDate } from './document-types';

/** One row of the per-agency tables and of the rate chart: a child unit (or the agency's own row). */
export interface OversightUnitRow {
  readonly name: string;
  /** The agency's own records (printed "… (trực tiếp)"). */
  readonly own: boolean;
  readonly summary: StatisticsSummary;
}

/** One point of the monthly intake trend. */
export interface MonthlyIntake {
  readonly year: number;
  readonly month: number;
  readonly petitions: number;
  readonly visits: number;
}

export const BACKLOG_BUCKETS = ['upTo30', 'from31To60', 'from61To90', 'over90'] as const;
export type BacklogBucket = (typeof BACKLOG_BUCKETS)[number];

/**
 * Everything the oversight report prints: the layout is a pure function of this object.
 * It holds figures only — no citizen's name, address or identity number ever reaches it.
 */
export interface OversightReportData {
  readonly issuer: DocumentIssuer;
  /** "Kính gửi": the Party committee and People's Committee of the agency's level. */
  readonly authorities: LocalAuthorities;
  readonly issuedOn: LocalDate;
  /** "năm 2017", as it follows "… tố cáo" in the trích yếu. */
  readonly periodName: string;
  /** "Năm 2017 (kỳ báo cáo 16/12/2016 – 15/12/2017, Thông tư 03/2013/TT-TTCP)". */
  readonly periodLabel: string;
  /** Last day of the period: the date of the backlog. */
  readonly periodTo: LocalDate;
  readonly current: StatisticsSummary;
  readonly previous: StatisticsSummary;
  readonly lastYear: StatisticsSummary;
  readonly units: readonly OversightUnitRow[];
  /** One point per report month, oldest first; empty for a period shorter than a month. */
  readonly monthly: readonly MonthlyIntake[];
  /** Pending complaint and denunciation cases at period end, by days since acceptance. */
  readonly backlog: Readonly<Record<BacklogBucket, number>>;
  readonly narrative: OversightNarrative;
}
