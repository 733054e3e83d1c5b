import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, CurrentOfficer, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { DenunciationAcceptanceService } from './denunciation-acceptance.service';
import { DenunciationDocumentsService } from './denunciation-documents.service';
import { DenunciationIntakeService } from './denunciation-intake.service';
import { DenunciationQueryService } from './denunciation-query.service';
import { DenunciationDocumentParamsDto } from './dto/denunciation-document.params.dto';
import { DenunciationPageDto } from './dto/denunciation-list-item.dto';
import {
  AcceptDenunciationDto,
  ExtendPrelimCheckDto,
  MarkAnonymousDto,
  OpenDenunciationDto,
  RefuseDenunciationDto,
  TransferDenunciationDto,
} from './dto/denunciation-intake.dto';
import { ListDenunciationsQueryDto } from './dto/list-denunciations.query.dto';

/** Intake of a denunciation by the resolver (resolution.approve), its detail and documents. */
@ApiTags('denunciations')
@ApiBearerAuth()
@Controller('denunciations')
export class DenunciationsController {
  constructor(
    private readonly intake: DenunciationIntakeService,
    private readonly acceptance: DenunciationAcceptanceService,
    private readonly query: DenunciationQueryService,
    private readonly documents: DenunciationDocumentsService,
  ) {}

  @Post()
  @RequirePermission(Permission.ResolutionApprove)
  open(@Action() ctx: ActionContext, @Body() dto: OpenDenunciationDto) {
    return this.intake.open(ctx, dto);
  }

  @Get()
  @RequirePermission(Permission.ResolutionRead)
  @ApiOkResponse({ type: DenunciationPageDto })
  list(@CurrentOfficer() viewer: AuthenticatedOfficer, @Query() query: ListDenunciationsQueryDto) {
    return this.query.list(viewer, query);
  }

  @Get(':id')
  @RequirePermission(Permission.ResolutionRead)
  get(@Action() ctx: ActionContext, @Param('id', UuidParamPipe) id: string) {
    return this.query.get(ctx, id);
  }

  @Get(':id/documents/:kind')
  @ApiProduces('application/pdf')
  @RequirePermission(Permission.ResolutionRead)
  document(@Action() ctx: ActionContext, @Param() params: DenunciationDocumentParamsDto) {
    return this.documents.render(ctx, params.id, params.kind);
  }

  @Post(':id/extend-prelim-check')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  extendPrelim(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ExtendPrelimCheckDto,
  ) {
    return this.intake.extendPrelimCheck(ctx, id, dto);
  }

  @Post(':id/mark-anonymous')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  anonymous(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: MarkAnonymousDto,
  ) {
    return this.intake.markAnonymous(ctx, id, dto);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  accept(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: AcceptDenunciationDto,
  ) {
    return this.acceptance.accept(ctx, id, dto);
  }

  @Post(':id/refuse-acceptance')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  refuse(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: RefuseDenunciationDto,
  ) {
    return this.acceptance.refuse(ctx, id, dto);
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  transfer(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: TransferDenunciationDto,
  ) {
    return this.acceptance.transfer(ctx, id, dto);
  }
}
