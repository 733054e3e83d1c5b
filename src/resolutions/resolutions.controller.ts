import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { CurrentOfficer, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { WorklistQueryDto } from './dto/worklist.dto';
import { ResolutionWorklistService } from './resolution-worklist.service';

/** Read side across complaint and denunciation proceedings. */
@ApiTags('resolutions')
@ApiBearerAuth()
@Controller('resolutions')
export class ResolutionsController {
  constructor(private readonly worklist: ResolutionWorklistService) {}

  @Get('worklist')
  @RequirePermission(Permission.ResolutionRead)
  list(@CurrentOfficer() viewer: AuthenticatedOfficer, @Query() query: WorklistQueryDto) {
    return this.worklist.list(viewer, query);
  }

  @Get('case/:caseId/timeline')
  @RequirePermission(Permission.ResolutionRead)
  timeline(
    @CurrentOfficer() viewer: AuthenticatedOfficer,
    @Param('caseId', UuidParamPipe) caseId: string,
  ) {
    return this.worklist.timeline(viewer, caseId);
  }
}
