import type { INestApplicationContext } from '@nestjs/common';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import type { StatisticsSummary } from '../statistics/domain/summary-shape';
import { ReportScopeService } from '../statistics/scope/report-scope.service';
import { SummaryService } from '../statistics/summary/summary.service';
import type { ScenarioPlan } from './scenario-plan';

// After seeding: the 2017 summary as the statistics module computes it (SummaryService), under
// both conventions, next to what the plan promises — what the newcomer's report will show.

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(2).replace('.', ',')}%`);

function lines(s: StatisticsSummary): [string, string][] {
  const e = s.enforcement;
  return [
    ['lượt tiếp / đoàn đông người', `${s.reception.visits} / ${s.reception.delegations}`],
    ['đơn tiếp nhận', `${s.petitions.received}`],
    [
      'khiếu nại: thuộc thẩm quyền / đã giải quyết',
      `${s.complaints.inCompetence} / ${s.complaints.resolved} (${pct(s.complaints.resolutionRate)})`,
    ],
    [
      'tố cáo: thuộc thẩm quyền / đã giải quyết',
      `${s.denunciations.inCompetence} / ${s.denunciations.resolved} (${pct(s.denunciations.resolutionRate)})`,
    ],
    [
      'quyết định phải thực hiện / xong',
      `${e.complaintDecisions.toImplement} / ${e.complaintDecisions.completed} (${pct(e.complaintDecisions.completionRate)})`,
    ],
    ['thu hồi cho Nhà nước (đ, m²)', `${e.moneyToStateCollected}, ${e.landToStateCollected}`],
    ['trả lại công dân (đ, m²)', `${e.moneyReturned}, ${e.landReturned}`],
    ['kiểm điểm tập thể / cá nhân', `${e.collectivesDisciplined} / ${e.individualsDisciplined}`],
    ['chuyển cơ quan điều tra (vụ)', `${e.referredToInvestigationCases}`],
  ];
}

export function planLines(p: ScenarioPlan): string[] {
  const m = p.measures;
  return [
    `Kế hoạch: ${p.visits.total} lượt (${p.visits.delegations} đoàn), ${p.petitions.received} đơn, ` +
      `KN ${p.complaints.resolved}/${p.complaints.inCompetence}, TC ${p.denunciations.resolved}/${p.denunciations.inCompetence}, ` +
      `QĐ ${p.enforcement.completed}/${p.enforcement.toImplement}, thu hồi ${m.recoverMoney.total} đ ${m.recoverLand.total} m², ` +
      `trả lại ${m.returnMoney.total} đ ${m.returnLand.total} m²`,
  ];
}

/** The 2017 summary of the viewer's agency under both conventions (statutory, then calendar). */
export async function demoSummaries(
  app: INestApplicationContext,
  viewer: AuthenticatedOfficer,
): Promise<StatisticsSummary[]> {
  const out: StatisticsSummary[] = [];
  for (const convention of ['statutory', 'calendar'] as const) {
    const scope = await app
      .get(ReportScopeService)
      .resolve(viewer, { agencyId: viewer.agencyId, period: '2017', convention });
    out.push(await app.get(SummaryService).summary(scope));
  }
  return out;
}

export function summaryLines(summaries: readonly StatisticsSummary[]): string[] {
  const out: string[] = [];
  for (const s of summaries) {
    out.push(`Số liệu năm 2017 (${s.period.from} – ${s.period.to}, ${s.period.convention}):`);
    for (const [label, value] of lines(s)) out.push(`  ${label}: ${value}`);
  }
  return out;
}
