import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { CaseMatchingService } from './case-matching.service';
import { CaseCandidatesQueryDto } from './dto/case-candidates.query.dto';
import { ListPetitionsQueryDto, PetitionWorklistQueryDto } from './dto/list-petitions.query.dto';
import { RegisterPetitionDto } from './dto/register-petition.dto';
import { PetitionQueryService } from './petition-query.service';
import { PetitionRegistrationService } from './petition-registration.service';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class PetitionsController {
  constructor(
    private readonly registration: PetitionRegistrationService,
    private readonly query: PetitionQueryService,
    private readonly matching: CaseMatchingService,
  ) {}

  @Post()
  @RequirePermission(Permission.PetitionWrite)
  register(@Action() ctx: ActionContext, @Body() dto: RegisterPetitionDto) {
    return this.registration.register(ctx, dto);
  }

  @Get()
  @RequirePermission(Permission.PetitionRead)
  list(@Action() ctx: ActionContext, @Query() query: ListPetitionsQueryDto) {
    return this.query.list(ctx, query);
  }

  @Get('worklist')
  @RequirePermission(Permission.PetitionRead)
  worklist(@Action() ctx: ActionContext, @Query() query: PetitionWorklistQueryDto) {
    return this.query.worklist(ctx, query);
  }

  @Get('case-candidates')
  @RequirePermission(Permission.PetitionRead)
  candidates(@Action() ctx: ActionContext, @Query() query: CaseCandidatesQueryDto) {
    return this.matching.candidates(ctx, query);
  }

  @Get(':id')
  @RequirePermission(Permission.PetitionRead)
  get(@Action() ctx: ActionContext, @Param('id', UuidParamPipe) id: string) {
    return this.query.get(ctx, id);
  }
}
