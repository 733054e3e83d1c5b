import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, CurrentOfficer, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { ApproveIdentityAccessRequestDto } from './dto/approve-identity-access-request.dto';
import { DecideIdentityAccessRequestDto } from './dto/decide-identity-access-request.dto';
import { IdentityAccessRequestResponseDto } from './dto/identity-access-request.response.dto';
import { ListIdentityAccessRequestsQueryDto } from './dto/list-identity-access-requests.query.dto';
import { IdentityAccessService } from './identity-access.service';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('identity-access-requests')
export class IdentityAccessRequestsController {
  constructor(private readonly access: IdentityAccessService) {}

  @Get()
  @RequirePermission(Permission.IdentityGrant)
  @ApiOkResponse({ description: 'Page<IdentityAccessRequestResponseDto>, newest first' })
  list(
    @CurrentOfficer() viewer: AuthenticatedOfficer,
    @Query() query: ListIdentityAccessRequestsQueryDto,
  ) {
    return this.access.list(viewer, query);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission(Permission.IdentityGrant)
  @ApiOkResponse({ type: IdentityAccessRequestResponseDto })
  approve(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ApproveIdentityAccessRequestDto,
  ) {
    return this.access.approve(ctx, id, dto);
  }

  @Post(':id/refuse')
  @HttpCode(200)
  @RequirePermission(Permission.IdentityGrant)
  @ApiOkResponse({ type: IdentityAccessRequestResponseDto })
  refuse(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: DecideIdentityAccessRequestDto,
  ) {
    return this.access.refuse(ctx, id, dto);
  }
}
