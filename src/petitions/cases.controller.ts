import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { CaseTimelineService } from './case-timeline.service';
import { MergeCaseDto } from './dto/merge-case.dto';

/** Cases (vụ việc) as petition handling sees them: the timeline, and merging duplicates. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id')
export class CasesController {
  constructor(private readonly timelines: CaseTimelineService) {}

  @Get('timeline')
  @RequirePermission(Permission.CaseRead)
  timeline(@Action() ctx: ActionContext, @Param('id', UuidParamPipe) id: string) {
    return this.timelines.timeline(ctx, id);
  }

  @Post('merge')
  @RequirePermission(Permission.CaseMerge)
  merge(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: MergeCaseDto,
  ) {
    return this.timelines.merge(ctx, id, dto);
  }
}
