import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import {
  CurrentOfficer,
  type RequestWithOfficer,
  RequirePermission,
} from '../auth/auth.decorators';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { AgenciesService } from './agencies.service';
import { AgencyLifecycleService } from './agency-lifecycle.service';
import { AgencyMergeService } from './agency-merge.service';
import { CloseAgencyDto, MergeAgenciesDto, RenameAgencyDto } from './dto/agency-actions.dto';
import { AgencyTreeQueryDto } from './dto/agency-tree.query.dto';
import { AgencyResponseDto, AgencyTreeResponseDto } from './dto/agency.response.dto';
import { CreateAgencyDto } from './dto/create-agency.dto';

const ctxOf = (actor: AuthenticatedOfficer, req: RequestWithOfficer): ActionContext => ({
  actor,
  requestId: String(req.id),
});

@ApiTags('agencies')
@ApiBearerAuth()
@Controller('agencies')
export class AgenciesController {
  constructor(
    private readonly agencies: AgenciesService,
    private readonly lifecycle: AgencyLifecycleService,
    private readonly merges: AgencyMergeService,
  ) {}

  @Get()
  @RequirePermission(Permission.AgencyRead)
  @ApiOkResponse({ type: AgencyTreeResponseDto, description: 'Flat, depth-first, with depth' })
  tree(@Query() query: AgencyTreeQueryDto) {
    return this.agencies.tree(query.asOf);
  }

  @Get(':id')
  @RequirePermission(Permission.AgencyRead)
  @ApiOkResponse({ type: AgencyResponseDto })
  get(@Param('id', UuidParamPipe) id: string) {
    return this.agencies.get(id);
  }

  @Post()
  @RequirePermission(Permission.AgencyManage)
  @ApiCreatedResponse({ type: AgencyResponseDto })
  create(
    @CurrentOfficer() a: AuthenticatedOfficer,
    @Req() r: RequestWithOfficer,
    @Body() dto: CreateAgencyDto,
  ) {
    return this.lifecycle.create(ctxOf(a, r), dto);
  }

  @Post('merge')
  @RequirePermission(Permission.AgencyManage)
  @ApiCreatedResponse({ type: AgencyResponseDto, description: 'The successor' })
  merge(
    @CurrentOfficer() a: AuthenticatedOfficer,
    @Req() r: RequestWithOfficer,
    @Body() dto: MergeAgenciesDto,
  ) {
    return this.merges.merge(ctxOf(a, r), dto);
  }

  @Post(':id/rename')
  @HttpCode(200)
  @RequirePermission(Permission.AgencyManage)
  @ApiOkResponse({ type: AgencyResponseDto })
  rename(
    @CurrentOfficer() a: AuthenticatedOfficer,
    @Req() r: RequestWithOfficer,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: RenameAgencyDto,
  ) {
    return this.lifecycle.rename(ctxOf(a, r), id, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequirePermission(Permission.AgencyManage)
  @ApiOkResponse({ type: AgencyResponseDto })
  close(
    @CurrentOfficer() a: AuthenticatedOfficer,
    @Req() r: RequestWithOfficer,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: CloseAgencyDto,
  ) {
    return this.lifecycle.close(ctxOf(a, r), id, dto);
  }
}
