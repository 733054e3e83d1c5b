import { Injectable, Logger } from '@nestjs/common';

import type { AuthenticatedOfficer } from '../../auth/authenticated-officer';
import { AppConfig } from '../../config/app-config';
import { renderStatisticsForm } from '../../reports/layouts/statistics-form.layout';
import type { StatisticsFormSheet } from '../../reports/layouts/statistics-form.data';
import {
  lenientRenderPolicy,
  type RenderPolicy,
  strictRenderPolicy,
} from '../../reports/render-policy';
import { statisticsFormXlsx } from '../../reports/xlsx/statistics-form.xlsx';
import { loadFormDefinition } from '../form-templates';
import { ReportScopeService } from '../scope/report-scope.service';
import { formFileName, parseFormCode, parseFormFormat } from './form-code';
import { FormFiguresRepository } from './form-figures.repository';
import { type FormIssue, FormIssueService } from './form-issue.service';
import { assembleFormReport, type FormReport } from './form-report';
import type { FormQueryDto } from './form-query.dto';

export type FormResponse =
  | { kind: 'json'; body: FormReport }
  | { kind: 'file'; body: Buffer; contentType: string; fileName: string };

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** GET /statistics/forms/{code}: scope → one statement → rows + total → JSON, XLSX or PDF. */
@Injectable()
export class StatisticsFormsService {
  private readonly logger = new Logger(StatisticsFormsService.name);
  private readonly policy: RenderPolicy;

  constructor(
    private readonly scopes: ReportScopeService,
    private readonly figures: FormFiguresRepository,
    private readonly issues: FormIssueService,
    config: AppConfig,
  ) {
    this.policy =
      config.nodeEnv === 'production'
        ? lenientRenderPolicy((message) => this.logger.warn(message))
        : strictRenderPolicy;
  }

  async form(
    viewer: AuthenticatedOfficer,
    rawCode: string,
    query: FormQueryDto,
  ): Promise<FormResponse> {
    const code = parseFormCode(rawCode);
    const format = parseFormFormat(query.format);
    const { format: _format, ...scopeQuery } = query;
    const scope = await this.scopes.resolve(viewer, scopeQuery);
    const definition = loadFormDefinition(code);
    const [figures, issue] = await Promise.all([
      this.figures.load(definition, scope),
      format === 'json' ? null : this.issues.issue(scope.agency.id),
    ]);
    const report = assembleFormReport(definition, scope, figures.byUnit, figures.total);
    if (format === 'json' || issue === null) return { kind: 'json', body: report };
    const sheet = toSheet(report, issue);
    const body =
      format === 'xlsx'
        ? await statisticsFormXlsx(sheet)
        : await renderStatisticsForm(sheet, this.policy);
    const periodCode = scope.period.code ?? `${scope.period.from}_${scope.period.to}`;
    return {
      kind: 'file',
      body,
      contentType: CONTENT_TYPES[format],
      fileName: formFileName(code, periodCode, format),
    };
  }
}

function toSheet(report: FormReport, issue: FormIssue): StatisticsFormSheet {
  return {
    code: report.form.code,
    title: report.form.title,
    issuer: report.agency.name,
    ...issue,
    period: report.period,
    columns: report.columns,
    rows: report.rows.map((r) => ({ name: r.unit.name, values: r.values })),
    total: { name: report.total.unit.name, values: report.total.values },
  };
}
