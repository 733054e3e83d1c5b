import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { CurrentOfficer, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Permission } from '../auth/permission';
import { CaseCandidatesService } from './case-candidates.service';
import { CaseCandidatesQueryDto } from './dto/case-candidates.query.dto';

@ApiTags('reception')
@ApiBearerAuth()
@Controller('reception/case-candidates')
export class ReceptionCaseCandidatesController {
  constructor(private readonly candidates: CaseCandidatesService) {}

  @Get()
  @RequirePermission(Permission.ReceptionRead)
  list(@CurrentOfficer() viewer: AuthenticatedOfficer, @Query() query: CaseCandidatesQueryDto) {
    return this.candidates.candidates(viewer, query);
  }
}
