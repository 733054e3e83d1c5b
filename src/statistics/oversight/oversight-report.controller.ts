import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../../auth/action-context';
import { Action, CurrentOfficer, RequirePermission } from '../../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../../auth/authenticated-officer';
import { Permission } from '../../auth/permission';
import { StatisticsQueryDto } from '../summary/dto/statistics-query.dto';
import { SaveNarrativeDto } from './dto/save-narrative.dto';
import { OversightReportService } from './oversight-report.service';
import { ReportNarrativeService } from './report-narrative.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class OversightReportController {
  constructor(
    private readonly reports: OversightReportService,
    private readonly narratives: ReportNarrativeService,
  ) {}

  @Get('oversight.pdf')
  @ApiProduces('application/pdf')
  @RequirePermission(Permission.ReportRead)
  pdf(@CurrentOfficer() viewer: AuthenticatedOfficer, @Query() query: StatisticsQueryDto) {
    return this.reports.pdf(viewer, query);
  }

  @Get('oversight/narrative')
  @RequirePermission(Permission.ReportRead)
  narrative(@CurrentOfficer() viewer: AuthenticatedOfficer, @Query() query: StatisticsQueryDto) {
    return this.narratives.get(viewer, query);
  }

  @Put('oversight/narrative')
  @RequirePermission(Permission.ReportWrite)
  save(
    @Action() ctx: ActionContext,
    @CurrentOfficer() viewer: AuthenticatedOfficer,
    @Body() dto: SaveNarrativeDto,
  ) {
    return this.narratives.save(ctx, viewer, dto);
  }
}
