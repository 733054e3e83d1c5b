import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, CurrentOfficer, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { CreateOfficerDto } from './dto/create-officer.dto';
import { ListOfficersQueryDto } from './dto/list-officers.query.dto';
import {
  ChangeOfficerRolesDto,
  OfficerVersionDto,
  ResetOfficerPasswordDto,
} from './dto/officer-actions.dto';
import { OfficerAccountService } from './officer-account.service';
import { OfficersService } from './officers.service';

@ApiTags('officers')
@ApiBearerAuth()
@Controller('officers')
export class OfficersController {
  constructor(
    private readonly officers: OfficersService,
    private readonly accounts: OfficerAccountService,
  ) {}

  @Get()
  @RequirePermission(Permission.OfficerRead)
  list(@CurrentOfficer() viewer: AuthenticatedOfficer, @Query() query: ListOfficersQueryDto) {
    return this.officers.list(viewer, query);
  }

  @Get(':id')
  @RequirePermission(Permission.OfficerRead)
  get(@CurrentOfficer() viewer: AuthenticatedOfficer, @Param('id', UuidParamPipe) id: string) {
    return this.officers.get(viewer, id);
  }

  @Post()
  @RequirePermission(Permission.OfficerManage)
  create(@Action() ctx: ActionContext, @Body() dto: CreateOfficerDto) {
    return this.officers.create(ctx, dto);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @RequirePermission(Permission.OfficerManage)
  disable(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: OfficerVersionDto,
  ) {
    return this.accounts.disable(ctx, id, dto.version);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @RequirePermission(Permission.OfficerManage)
  enable(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: OfficerVersionDto,
  ) {
    return this.accounts.enable(ctx, id, dto.version);
  }

  @Post(':id/roles')
  @HttpCode(200)
  @RequirePermission(Permission.OfficerManage)
  changeRoles(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ChangeOfficerRolesDto,
  ) {
    return this.accounts.changeRoles(ctx, id, dto.version, dto.roles);
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @RequirePermission(Permission.OfficerManage)
  resetPassword(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ResetOfficerPasswordDto,
  ) {
    return this.accounts.resetPassword(ctx, id, dto.version, dto.password);
  }
}
