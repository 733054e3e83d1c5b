import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, CurrentOfficer, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { EnforcementDecisionResponseDto } from './dto/enforcement-decision.response.dto';
import {
  FiguresQueryDto,
  IMPORT_BODY_LIMIT,
  ImportEnforcementDto,
  OutstandingQueryDto,
  RecordProgressDto,
  ReopenItemDto,
} from './dto/enforcement.dto';
import {
  EnforcementDocumentKind,
  EnforcementDocumentsService,
} from './enforcement-documents.service';
import { EnforcementImportService } from './enforcement-import.service';
import { EnforcementReportsService } from './enforcement-reports.service';
import { EnforcementService } from './enforcement.service';

/** Enforcement of legally effective decisions and conclusions (issue 8; DOMAIN §6). */
@ApiTags('enforcement')
@ApiBearerAuth()
@Controller('enforcement')
export class EnforcementController {
  constructor(
    private readonly enforcement: EnforcementService,
    private readonly reports: EnforcementReportsService,
    private readonly imports: EnforcementImportService,
    private readonly documents: EnforcementDocumentsService,
  ) {}

  @Post('decisions/:decisionId/open')
  @HttpCode(200)
  @ApiOkResponse({ type: EnforcementDecisionResponseDto })
  @RequirePermission(Permission.EnforcementManage)
  open(@Action() ctx: ActionContext, @Param('decisionId', UuidParamPipe) decisionId: string) {
    return this.enforcement.open(ctx, decisionId);
  }

  @Get('decisions/:decisionId')
  @ApiOkResponse({ type: EnforcementDecisionResponseDto })
  @RequirePermission(Permission.EnforcementRead)
  decision(
    @CurrentOfficer() officer: AuthenticatedOfficer,
    @Param('decisionId', UuidParamPipe) decisionId: string,
  ) {
    return this.enforcement.get(officer, decisionId);
  }

  /** Văn bản đôn đốc thực hiện: the outstanding items, addressed to the responsible bodies. */
  @Get('decisions/:decisionId/documents/urging-letter')
  @RequirePermission(Permission.EnforcementRead)
  urgingLetter(
    @CurrentOfficer() officer: AuthenticatedOfficer,
    @Param('decisionId', UuidParamPipe) decisionId: string,
  ) {
    return this.documents.render(officer, decisionId, EnforcementDocumentKind.UrgingLetter);
  }

  /** Quyết định tổ chức thi hành (complaint decisions only; 409 for a denunciation conclusion). */
  @Get('decisions/:decisionId/documents/organising-decision')
  @RequirePermission(Permission.EnforcementRead)
  organisingDecision(
    @CurrentOfficer() officer: AuthenticatedOfficer,
    @Param('decisionId', UuidParamPipe) decisionId: string,
  ) {
    return this.documents.render(officer, decisionId, EnforcementDocumentKind.OrganisingDecision);
  }

  @Post('items/:id/progress')
  @ApiCreatedResponse({ type: EnforcementDecisionResponseDto })
  @RequirePermission(Permission.EnforcementRecord)
  progress(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: RecordProgressDto,
  ) {
    return this.enforcement.record(ctx, id, dto);
  }

  @Post('items/:id/reopen')
  @HttpCode(200)
  @ApiOkResponse({ type: EnforcementDecisionResponseDto })
  @RequirePermission(Permission.EnforcementManage)
  reopen(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ReopenItemDto,
  ) {
    return this.enforcement.reopen(ctx, id, dto);
  }

  @Get('outstanding')
  @RequirePermission(Permission.EnforcementRead)
  outstanding(
    @CurrentOfficer() officer: AuthenticatedOfficer,
    @Query() query: OutstandingQueryDto,
  ) {
    return this.reports.outstanding(officer, query);
  }

  @Get('figures')
  @RequirePermission(Permission.EnforcementReport)
  figures(@CurrentOfficer() officer: AuthenticatedOfficer, @Query() query: FiguresQueryDto) {
    return this.reports.figures(officer, query);
  }

  @Post('imports')
  @RouteConfig({ bodyLimit: IMPORT_BODY_LIMIT })
  @RequirePermission(Permission.EnforcementManage)
  import(@Action() ctx: ActionContext, @Body() dto: ImportEnforcementDto) {
    return this.imports.import(ctx, dto);
  }
}
