import { Module } from '@nestjs/common';

import { AgenciesModule } from '../agencies/agencies.module';
import { ReportScopeService } from './scope/report-scope.service';
import { FigureRecordsService } from './figures/figure-records.service';
import { PetitionCountCompactor } from './figures/petition-count-compactor';
import { FormFiguresRepository } from './forms/form-figures.repository';
import { FormIssueService } from './forms/form-issue.service';
import { StatisticsFormsController } from './forms/statistics-forms.controller';
import { StatisticsFormsService } from './forms/statistics-forms.service';
import { StatisticsController } from './statistics.controller';
import { StatisticsSummaryService } from './summary/statistics-summary.service';
import { SummaryService } from './summary/summary.service';

/**
 * Period figures, the official forms and their drill-down (DESIGN.md §5). Reads the other
 * modules' tables in SQL (never the identity tables); writes nothing but saved report texts and
 * the folding of the petitions' month counts (PetitionCountCompactor).
 */
@Module({
  imports: [AgenciesModule],
  controllers: [StatisticsController, StatisticsFormsController],
  providers: [
    ReportScopeService,
    SummaryService,
    StatisticsSummaryService,
    FigureRecordsService,
    StatisticsFormsService,
    FormFiguresRepository,
    FormIssueService,
    PetitionCountCompactor,
  ],
  exports: [ReportScopeService, SummaryService, FormIssueService, PetitionCountCompactor],
})
export class StatisticsModule {}
