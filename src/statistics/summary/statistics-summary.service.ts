import { Injectable } from '@nestjs/common';

import type { AuthenticatedOfficer } from '../../auth/authenticated-officer';
import { lastNPeriods, previousPeriod, sameLastYear } from '../domain/report-period';
import type { StatisticsSummary } from '../domain/summary-shape';
import { figureLinks } from '../figures/figure-links';
import { type ReportScopeQuery, ReportScopeService } from '../scope/report-scope.service';
import { compareSummaries, type SummaryComparison } from './comparison';
import { SummaryService } from './summary.service';

/** The statistics read endpoints: scope first (400/404), then the figures. */
@Injectable()
export class StatisticsSummaryService {
  constructor(
    private readonly scopes: ReportScopeService,
    private readonly summaries: SummaryService,
  ) {}

  async summary(viewer: AuthenticatedOfficer, query: ReportScopeQuery): Promise<StatisticsSummary> {
    return this.summaries.summary(await this.scopes.resolve(viewer, query));
  }

  async figures(viewer: AuthenticatedOfficer, query: ReportScopeQuery) {
    return { figures: figureLinks(await this.summary(viewer, query)) };
  }

  async comparison(
    viewer: AuthenticatedOfficer,
    query: ReportScopeQuery,
  ): Promise<SummaryComparison> {
    const scope = await this.scopes.resolve(viewer, query);
    const periods = [scope.period, previousPeriod(scope.period), sameLastYear(scope.period)];
    const [current, previous, lastYear] = await this.summaries.summaries(
      periods.map((period) => ({ ...scope, period })),
    );
    return compareSummaries(current!, previous!, lastYear!);
  }

  /** The last N periods ending with the requested one, oldest first (N ≤ 60, else 400 `periods`). */
  async trend(viewer: AuthenticatedOfficer, query: ReportScopeQuery & { periods?: string }) {
    const scope = await this.scopes.resolve(viewer, query);
    const periods = lastNPeriods(scope.period, periodCount(query.periods));
    const summaries = await this.summaries.summaries(
      periods.map((period) => ({ ...scope, period })),
    );
    return {
      periods: periods.map((p, i) => ({
        code: p.code,
        label: p.label,
        summary: summaries[i]!,
      })),
    };
  }
}

/** `periods` as given: digits only (anything else is NaN, which lastNPeriods refuses); 12 by default. */
function periodCount(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TREND_PERIODS;
  return /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
}

const DEFAULT_TREND_PERIODS = 12;
