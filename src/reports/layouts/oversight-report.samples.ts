import { AgencyKind } from '../../agencies/domain/agency-enums';
import type { StatisticsSummary } from '../../statistics/domain/summary-shape';
import { localAuthoritiesOf } from '../format/local-authorities';
import type { OversightReportData, OversightUnitRow } from './oversight-report-data';

/** Fictional figures for tests and previews: the published Hà Nội 2017 totals (DOMAIN §9.1). */
export interface SampleFigures {
  visits: number;
  delegations: number;
  received: number;
  complaints: [inCompetence: number, resolved: number];
  denunciations: [inCompetence: number, resolved: number];
  decisions: [toImplement: number, completed: number];
}

const HANOI_2017: SampleFigures = {
  visits: 33_797,
  delegations: 479,
  received: 33_114,
  complaints: [2_348, 1_911],
  denunciations: [801, 554],
  decisions: [426, 292],
};

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function resolution([inCompetence, resolved]: [number, number]) {
  const byWithdrawal = Math.floor(resolved / 8);
  return {
    inCompetence,
    carriedOver: Math.floor(inCompetence / 5),
    accepted: inCompetence - Math.floor(inCompetence / 5),
    resolved,
    resolvedByDecision: resolved - byWithdrawal,
    resolvedByWithdrawal: byWithdrawal,
    resolutionRate: ratio(resolved, inCompetence),
    right: Math.floor(resolved / 10),
    partlyRight: Math.floor(resolved / 12),
    wrong: resolved - byWithdrawal - Math.floor(resolved / 10) - Math.floor(resolved / 12),
    onTime: resolved - Math.floor(resolved / 20),
    late: Math.floor(resolved / 20),
    pending: inCompetence - resolved,
    overdue: Math.floor((inCompetence - resolved) / 4),
  };
}

export function sampleSummary(f: SampleFigures = HANOI_2017, name = 'Sample'): StatisticsSummary {
  const [toImplement, completed] = f.decisions;
  return {
    period: { from: '2016-12-16', to: '2017-12-15', convention: 'statutory' },
    agency: { id: '00000000-0000-4000-8000-000000000001', name },
    reception: {
      visits: f.visits,
      persons: f.visits + f.delegations * 9,
      cases: Math.floor(f.visits * 0.7),
      casesFirstTime: Math.floor(f.visits * 0.5),
      casesRepeat: Math.floor(f.visits * 0.7) - Math.floor(f.visits * 0.5),
      delegations: f.delegations,
      delegationPersons: f.delegations * 10,
      headSessions: 240,
    },
    petitions: {
      total: f.received + 1_200,
      carriedOver: 1_200,
      received: f.received,
      handled: f.received,
      eligible: Math.floor(f.received * 0.6),
      inCompetence: Math.floor(f.received * 0.2),
      guided: Math.floor(f.received * 0.2),
      forwarded: Math.floor(f.received * 0.15),
      urged: 40,
      filed: Math.floor(f.received * 0.05),
    },
    complaints: resolution(f.complaints),
    denunciations: resolution(f.denunciations),
    enforcement: {
      complaintDecisions: { toImplement, completed, completionRate: ratio(completed, toImplement) },
      denunciationConclusions: { toImplement: 120, completed: 80, completionRate: 80 / 120 },
      moneyToStateRecommended: '2600000000',
      moneyToStateCollected: '1800000000',
      landToStateRecommended: '2982',
      landToStateCollected: '1500.5',
      moneyReturnRecommended: '7020000000',
      moneyReturned: '5000000000',
      landReturnRecommended: '840',
      landReturned: '840',
      collectivesDisciplined: 64,
      individualsDisciplined: 61,
      referredToInvestigationCases: 4,
      referredToInvestigationPersons: 6,
    },
  };
}

function unit(name: string, share: number, own = false): OversightUnitRow {
  const part = (x: number) => Math.round(x * share);
  const f: SampleFigures = {
    visits: part(HANOI_2017.visits),
    delegations: part(HANOI_2017.delegations),
    received: part(HANOI_2017.received),
    complaints: [part(2_348), part(1_911 * (0.8 + share))],
    denunciations: [part(801), part(554)],
    decisions: [part(426), part(292)],
  };
  return { name, own, summary: sampleSummary(f, name) };
}

/** A city-sized report: `unitCount` districts (Hà Nội had 30 in 2017). */
export function sampleOversightData(unitCount = 30): OversightReportData {
  const units = [unit('Thanh tra thành phố Hà Nội', 0.05, true)];
  for (let i = 1; i <= unitCount; i++) {
    units.push(unit(`Ủy ban nhân dân quận, huyện số ${i}`, 0.95 / unitCount));
  }
  return {
    issuer: {
      parent: 'UBND THÀNH PHỐ HÀ NỘI',
      name: 'THANH TRA THÀNH PHỐ',
      nameInText: 'Thanh tra thành phố Hà Nội',
      abbreviation: 'TTTP',
      place: 'Hà Nội',
    },
    authorities: localAuthoritiesOf([
      { name: 'Thanh tra thành phố Hà Nội', kind: AgencyKind.Inspectorate },
      { name: 'Ủy ban nhân dân thành phố Hà Nội', kind: AgencyKind.PeopleCommittee },
    ]),
    issuedOn: '2017-12-20',
    periodName: 'năm 2017',
    periodLabel: 'Năm 2017 (kỳ báo cáo 16/12/2016 – 15/12/2017, Thông tư 03/2013/TT-TTCP)',
    periodTo: '2017-12-15',
    current: sampleSummary(),
    // 33.797 vs 32.126: tăng 5,2%; vs 34.878: giảm 3,1%.
    previous: sampleSummary({ ...HANOI_2017, visits: 32_126, complaints: [2_300, 1_800] }),
    lastYear: sampleSummary({ ...HANOI_2017, visits: 34_878, received: 0 }),
    units,
    monthly: Array.from({ length: 12 }, (_, i) => ({
      year: 2017,
      month: i + 1,
      petitions: 2_500 + i * 40,
      visits: 2_700 + (i % 4) * 90,
    })),
    backlog: { upTo30: 180, from31To60: 120, from61To90: 95, over90: 289 },
    narrative: { sections: {} },
  };
}
