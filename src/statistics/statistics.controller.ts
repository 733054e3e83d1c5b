import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { CurrentOfficer, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Permission } from '../auth/permission';
import { FigureRecordsService } from './figures/figure-records.service';
import {
  FigureRecordsQueryDto,
  StatisticsQueryDto,
  TrendQueryDto,
} from './summary/dto/statistics-query.dto';
import { StatisticsSummaryService } from './summary/statistics-summary.service';
import { ReportScopeService } from './scope/report-scope.service';

/** Period figures, comparisons, trends and drill-down (DESIGN §5; issue 9). */
@ApiTags('statistics')
@ApiBearerAuth()
@Controller('statistics')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsSummaryService,
    private readonly scopes: ReportScopeService,
    private readonly records: FigureRecordsService,
  ) {}

  @Get('summary')
  @RequirePermission(Permission.StatisticsRead)
  summary(@CurrentOfficer() officer: AuthenticatedOfficer, @Query() query: StatisticsQueryDto) {
    return this.statistics.summary(officer, query);
  }

  @Get('comparison')
  @RequirePermission(Permission.StatisticsRead)
  comparison(@CurrentOfficer() officer: AuthenticatedOfficer, @Query() query: StatisticsQueryDto) {
    return this.statistics.comparison(officer, query);
  }

  @Get('trend')
  @RequirePermission(Permission.StatisticsRead)
  trend(@CurrentOfficer() officer: AuthenticatedOfficer, @Query() query: TrendQueryDto) {
    return this.statistics.trend(officer, query);
  }

  @Get('figures')
  @RequirePermission(Permission.StatisticsRead)
  figures(@CurrentOfficer() officer: AuthenticatedOfficer, @Query() query: StatisticsQueryDto) {
    return this.statistics.figures(officer, query);
  }

  /** Exactly the records one figure counts (count == figure; Σ quantity == figure for sums). */
  @Get('figures/:key/records')
  @RequirePermission(Permission.StatisticsRead)
  async figureRecords(
    @CurrentOfficer() officer: AuthenticatedOfficer,
    @Param('key') key: string,
    @Query() query: FigureRecordsQueryDto,
  ) {
    const figure = this.records.parseKey(key);
    const { limit, cursor, ...scopeQuery } = query;
    const scope = await this.scopes.resolve(officer, scopeQuery);
    return this.records.records(scope, figure, { limit, cursor });
  }
}
