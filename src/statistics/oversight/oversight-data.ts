import type { DocumentIssuer, LocalAuthorities } from '../../reports';
import type {
  OversightReportData,
  OversightUnitRow,
} from '../../reports/layouts/oversight-report-data';
import type { StatisticsSummary } from '../domain/summary-shape';
import type { ReportScope, ReportUnit } from '../scope/report-scope';
import type { OversightNarrative } from './domain/narrative-sections';
import { type MonthBuckets, monthlySeries } from './domain/monthly-intake';
import type { OversightSeries } from './oversight-report.repository';

export interface OversightInputs {
  scope: ReportScope;
  current: StatisticsSummary;
  previous: StatisticsSummary;
  lastYear: StatisticsSummary;
  byUnit: readonly { unit: ReportUnit; summary: StatisticsSummary }[];
  buckets: MonthBuckets;
  series: OversightSeries;
  narrative: OversightNarrative;
  issuer: DocumentIssuer;
  authorities: LocalAuthorities;
  issuedOn: string;
}

/** "Năm 2017" → "năm 2017", as the name follows "… tố cáo" in the trích yếu. */
export const inSentence = (name: string): string =>
  name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);

/** A unit that no longer existed in the period and counted nothing is left out of the tables. */
function hasFigures(s: StatisticsSummary): boolean {
  return (
    s.reception.visits +
      s.petitions.total +
      s.complaints.inCompetence +
      s.denunciations.inCompetence +
      s.enforcement.complaintDecisions.toImplement +
      s.enforcement.denunciationConclusions.toImplement >
    0
  );
}

export function unitRows(byUnit: OversightInputs['byUnit']): OversightUnitRow[] {
  return byUnit
    .filter(({ unit, summary }) => unit.own || unit.inForce || hasFigures(summary))
    .map(({ unit, summary }) => ({ name: unit.name, own: unit.own, summary }));
}

/** The pure assembly of what the layout prints: figures only, no personal data. */
export function assembleOversightData(i: OversightInputs): OversightReportData {
  const { period } = i.scope;
  return {
    issuer: i.issuer,
    authorities: i.authorities,
    issuedOn: i.issuedOn,
    periodName: inSentence(period.name),
    periodLabel: period.label,
    periodTo: period.to,
    current: i.current,
    previous: i.previous,
    lastYear: i.lastYear,
    units: unitRows(i.byUnit),
    monthly: monthlySeries(i.buckets, i.series.monthly),
    backlog: i.series.backlog,
    narrative: i.narrative,
  };
}
