import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, CurrentOfficer, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { ListSessionsQueryDto, PeriodQueryDto } from './dto/list-sessions.query.dto';
import { PlanSessionDto } from './dto/plan-session.dto';
import { CancelSessionDto, HoldSessionDto } from './dto/session-actions.dto';
import { ReceptionSessionsService } from './reception-sessions.service';
import { SessionComplianceService } from './session-compliance.service';

@ApiTags('reception')
@ApiBearerAuth()
@Controller('reception/sessions')
export class ReceptionSessionsController {
  constructor(
    private readonly sessions: ReceptionSessionsService,
    private readonly compliance: SessionComplianceService,
  ) {}

  @Post()
  @RequirePermission(Permission.ReceptionSessionManage)
  plan(@Action() ctx: ActionContext, @Body() dto: PlanSessionDto) {
    return this.sessions.plan(ctx, dto);
  }

  @Get()
  @RequirePermission(Permission.ReceptionRead)
  list(@CurrentOfficer() viewer: AuthenticatedOfficer, @Query() query: ListSessionsQueryDto) {
    return this.sessions.list(viewer, query);
  }

  @Get('compliance')
  @RequirePermission(Permission.ReceptionRead)
  report(@CurrentOfficer() viewer: AuthenticatedOfficer, @Query() query: PeriodQueryDto) {
    return this.compliance.compliance(viewer, query);
  }

  @Get(':id')
  @RequirePermission(Permission.ReceptionRead)
  get(@CurrentOfficer() viewer: AuthenticatedOfficer, @Param('id', UuidParamPipe) id: string) {
    return this.sessions.get(viewer, id);
  }

  @Post(':id/hold')
  @HttpCode(200)
  @RequirePermission(Permission.ReceptionSessionManage)
  hold(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: HoldSessionDto,
  ) {
    return this.sessions.hold(ctx, id, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission(Permission.ReceptionSessionManage)
  cancel(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: CancelSessionDto,
  ) {
    return this.sessions.cancel(ctx, id, dto);
  }
}
