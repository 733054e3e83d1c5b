import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { CreateVisitDto } from './dto/create-visit.dto';
import { ListVisitsQueryDto } from './dto/list-visits.query.dto';
import { VisitIntakeService } from './visit-intake.service';
import { VisitQueryService } from './visit-query.service';

@ApiTags('reception')
@ApiBearerAuth()
@Controller('reception/visits')
export class ReceptionVisitsController {
  constructor(
    private readonly intake: VisitIntakeService,
    private readonly query: VisitQueryService,
  ) {}

  @Post()
  @RequirePermission(Permission.ReceptionWrite)
  record(@Action() ctx: ActionContext, @Body() dto: CreateVisitDto) {
    return this.intake.record(ctx, dto);
  }

  @Get()
  @RequirePermission(Permission.ReceptionRead)
  list(@Action() ctx: ActionContext, @Query() query: ListVisitsQueryDto) {
    return this.query.list(ctx, query);
  }

  @Get(':id')
  @RequirePermission(Permission.ReceptionRead)
  get(@Action() ctx: ActionContext, @Param('id', UuidParamPipe) id: string) {
    return this.query.get(ctx, id);
  }
}
