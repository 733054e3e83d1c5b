import type { ResolutionSummary, StatisticsSummary } from '../../statistics/domain/summary-shape';
import { formatInteger } from '../format/vi-number';
import type { RenderPolicy } from '../render-policy';
import type { PlaceholderValues } from '../templates/fill-placeholders';
import type { OversightReportData } from './oversight-report-data';
import {
  areaText,
  changeText,
  moneyText,
  rateChangeText,
  completionRateText,
  rateText,
} from './oversight-report-text';

/** The placeholder values of the sentences of sections I–V, from the figures. */
const n = (value: number): string => formatInteger(value);

export function receptionValues(d: OversightReportData, policy: RenderPolicy): PlaceholderValues {
  const r = d.current.reception;
  return {
    visits: n(r.visits),
    visitsVsPrevious: changeText(r.visits, d.previous.reception.visits, policy),
    visitsVsLastYear: changeText(r.visits, d.lastYear.reception.visits, policy),
    persons: n(r.persons),
    cases: n(r.cases),
    casesFirstTime: n(r.casesFirstTime),
    casesRepeat: n(r.casesRepeat),
    delegations: n(r.delegations),
    delegationPersons: n(r.delegationPersons),
    headSessions: n(r.headSessions),
  };
}

export function petitionValues(d: OversightReportData, policy: RenderPolicy): PlaceholderValues {
  const p = d.current.petitions;
  const handlingRate = p.total === 0 ? null : p.handled / p.total;
  return {
    total: n(p.total),
    carriedOver: n(p.carriedOver),
    received: n(p.received),
    receivedVsPrevious: changeText(p.received, d.previous.petitions.received, policy),
    receivedVsLastYear: changeText(p.received, d.lastYear.petitions.received, policy),
    handled: n(p.handled),
    handlingRate: rateText(handlingRate),
    eligible: n(p.eligible),
    inCompetence: n(p.inCompetence),
    guided: n(p.guided),
    forwarded: n(p.forwarded),
    urged: n(p.urged),
    filed: n(p.filed),
  };
}

type ResolutionGroup = 'complaints' | 'denunciations';

/** Sections III and IV share one set of keys (DESIGN §5 "denunciations{same keys}"). */
export function resolutionValues(
  d: OversightReportData,
  group: ResolutionGroup,
  policy: RenderPolicy,
): PlaceholderValues {
  const c: ResolutionSummary = d.current[group];
  const of = (s: StatisticsSummary) => s[group].resolutionRate;
  return {
    inCompetence: n(c.inCompetence),
    carriedOver: n(c.carriedOver),
    accepted: n(c.accepted),
    resolved: n(c.resolved),
    rate: rateText(c.resolutionRate),
    rateVsPrevious: rateChangeText(c.resolutionRate, of(d.previous), policy),
    rateVsLastYear: rateChangeText(c.resolutionRate, of(d.lastYear), policy),
    byDecision: n(c.resolvedByDecision),
    byWithdrawal: n(c.resolvedByWithdrawal),
    right: n(c.right),
    partlyRight: n(c.partlyRight),
    wrong: n(c.wrong),
    onTime: n(c.onTime),
    late: n(c.late),
    pending: n(c.pending),
    overdue: n(c.overdue),
  };
}

export function enforcementValues(d: OversightReportData): PlaceholderValues {
  const e = d.current.enforcement;
  return {
    decisionsToImplement: n(e.complaintDecisions.toImplement),
    decisionsCompleted: n(e.complaintDecisions.completed),
    decisionsRate: completionRateText(e.complaintDecisions.completionRate),
    conclusionsToImplement: n(e.denunciationConclusions.toImplement),
    conclusionsCompleted: n(e.denunciationConclusions.completed),
    conclusionsRate: completionRateText(e.denunciationConclusions.completionRate),
  };
}

export function enforcementAmountValues(
  d: OversightReportData,
  policy: RenderPolicy,
): PlaceholderValues {
  const e = d.current.enforcement;
  return {
    moneyToStateRecommended: moneyText(e.moneyToStateRecommended, policy),
    moneyToStateCollected: moneyText(e.moneyToStateCollected, policy),
    landToStateRecommended: areaText(e.landToStateRecommended),
    landToStateCollected: areaText(e.landToStateCollected),
    moneyReturnRecommended: moneyText(e.moneyReturnRecommended, policy),
    moneyReturned: moneyText(e.moneyReturned, policy),
    landReturnRecommended: areaText(e.landReturnRecommended),
    landReturned: areaText(e.landReturned),
    collectives: n(e.collectivesDisciplined),
    individuals: n(e.individualsDisciplined),
    referredCases: n(e.referredToInvestigationCases),
    referredPersons: n(e.referredToInvestigationPersons),
  };
}
