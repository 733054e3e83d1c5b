import { Injectable, Logger, StreamableFile } from '@nestjs/common';

import type { AuthenticatedOfficer } from '../../auth/authenticated-officer';
import { oversightMessagesVi } from '../../common/i18n/oversight-report.vi';
import { AppConfig } from '../../config/app-config';
import { renderOversightReport } from '../../reports/layouts/oversight-report.layout';
import {
  lenientRenderPolicy,
  type RenderPolicy,
  strictRenderPolicy,
} from '../../reports/render-policy';
import { previousPeriod, sameLastYear } from '../domain/report-period';
import { FormIssueService } from '../forms/form-issue.service';
import { ReportScopeService } from '../scope/report-scope.service';
import type { StatisticsQueryDto } from '../summary/dto/statistics-query.dto';
import { SummaryService } from '../summary/summary.service';
import { monthBuckets } from './domain/monthly-intake';
import { assembleOversightData } from './oversight-data';
import { OversightReportRepository } from './oversight-report.repository';
import { ReportNarrativeService } from './report-narrative.service';

/**
 * The oversight báo cáo (PDF): the scope, the period's total and rows per child unit (one
 * grouped scan per source with ROLLUP), the two comparison periods (one snapshot), the monthly
 * trend and backlog, the saved narrative — fetched concurrently — then laid out by a pure function.
 */
@Injectable()
export class OversightReportService {
  private readonly logger = new Logger(OversightReportService.name);
  private readonly policy: RenderPolicy;

  constructor(
    private readonly scopes: ReportScopeService,
    private readonly summaries: SummaryService,
    private readonly repository: OversightReportRepository,
    private readonly narratives: ReportNarrativeService,
    private readonly issues: FormIssueService,
    config: AppConfig,
  ) {
    this.policy =
      config.nodeEnv === 'production'
        ? lenientRenderPolicy((message) => this.logger.warn(message))
        : strictRenderPolicy;
  }

  async pdf(viewer: AuthenticatedOfficer, query: StatisticsQueryDto): Promise<StreamableFile> {
    const { file, name } = await this.render(viewer, query);
    return new StreamableFile(file, {
      type: 'application/pdf',
      disposition: `attachment; filename="${name}.pdf"`,
    });
  }

  /** The report's PDF and its file name (without `.pdf`), as the endpoint serves it. */
  async render(
    viewer: AuthenticatedOfficer,
    query: StatisticsQueryDto,
  ): Promise<{ file: Buffer; name: string }> {
    const scope = await this.scopes.resolve(viewer, query);
    const buckets = monthBuckets(scope.period);
    const comparisons = [previousPeriod(scope.period), sameLastYear(scope.period)].map(
      (period) => ({ ...scope, period }),
    );
    const [[previous, lastYear], byUnit, series, narrative, issue] = await Promise.all([
      this.summaries.summaries(comparisons),
      this.summaries.summaryByUnit(scope),
      this.repository.series(scope, buckets),
      this.narratives.forReport(scope.agency.id, scope.period),
      this.issues.documentIssue(scope.agency.id),
    ]);
    const data = assembleOversightData({
      scope,
      current: byUnit.total,
      previous: previous!,
      lastYear: lastYear!,
      byUnit: byUnit.units,
      buckets,
      series,
      narrative,
      issuer: issue.issuer,
      authorities: issue.authorities,
      issuedOn: issue.issuedOn,
    });
    const file = await renderOversightReport(data, this.policy);
    const name = oversightMessagesVi.fileName(
      scope.agency.code,
      scope.period.from,
      scope.period.to,
    );
    return { file, name };
  }
}
