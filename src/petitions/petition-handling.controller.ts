import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { CHECK_EXTENSION_PERMISSION } from './domain/check-extension';
import { ExtendCheckDto } from './dto/extend-check.dto';
import { HandlePetitionDto } from './dto/handle-petition.dto';
import { AssignPetitionDto, SplitPetitionDto } from './dto/split-petition.dto';
import { PetitionAssignmentService } from './petition-assignment.service';
import { PetitionHandlingService } from './petition-handling.service';
import { PetitionSplitService } from './petition-split.service';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions/:id')
export class PetitionHandlingController {
  constructor(
    private readonly handling: PetitionHandlingService,
    private readonly splits: PetitionSplitService,
    private readonly assignments: PetitionAssignmentService,
  ) {}

  @Post('handling')
  @RequirePermission(Permission.PetitionHandle)
  handle(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: HandlePetitionDto,
  ) {
    return this.handling.handle(ctx, id, dto);
  }

  /** Luật Tố cáo 2018 Điều 24(1): the leader extends a denunciation's preliminary check (D11). */
  @Post('extend-check')
  @RequirePermission(CHECK_EXTENSION_PERMISSION)
  extendCheck(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ExtendCheckDto,
  ) {
    return this.handling.extendCheck(ctx, id, dto);
  }

  @Post('split')
  @RequirePermission(Permission.PetitionHandle)
  split(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: SplitPetitionDto,
  ) {
    return this.splits.split(ctx, id, dto);
  }

  @Post('assign')
  @RequirePermission(Permission.PetitionAssign)
  assign(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: AssignPetitionDto,
  ) {
    return this.assignments.assign(ctx, id, dto);
  }
}
