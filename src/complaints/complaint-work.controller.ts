import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { ProceedingVersionDto } from '../resolutions/dto/proceeding-actions.dto';
import { ComplaintDocumentsService } from './complaint-documents.service';
import { ComplaintClosureService } from './complaint-closure.service';
import { ComplaintVerificationService } from './complaint-verification.service';
import { ComplaintDocumentParamsDto } from './dto/complaint-document.params.dto';
import {
  ComplaintVerificationRecordDto,
  HoldDialogueDto,
  RecordLawsuitDto,
} from './dto/complaint-actions.dto';

/** The verification team's steps (resolution.act, only on proceedings assigned to them) and documents. */
@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
export class ComplaintWorkController {
  constructor(
    private readonly verification: ComplaintVerificationService,
    private readonly closure: ComplaintClosureService,
    private readonly documents: ComplaintDocumentsService,
  ) {}

  @Get(':id/documents/:kind')
  @ApiProduces('application/pdf')
  @RequirePermission(Permission.ResolutionRead)
  document(@Action() ctx: ActionContext, @Param() params: ComplaintDocumentParamsDto) {
    return this.documents.render(ctx, params.id, params.kind);
  }

  @Post(':id/verification-records')
  @RequirePermission(Permission.ResolutionAct)
  record(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ComplaintVerificationRecordDto,
  ) {
    return this.verification.recordVerification(ctx, id, dto);
  }

  @Post(':id/dialogues')
  @RequirePermission(Permission.ResolutionAct)
  dialogue(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: HoldDialogueDto,
  ) {
    return this.verification.holdDialogue(ctx, id, dto);
  }

  @Post(':id/start-drafting')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionAct)
  draft(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ProceedingVersionDto,
  ) {
    return this.verification.startDrafting(ctx, id, dto);
  }

  @Post(':id/record-lawsuit')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionAct)
  lawsuit(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: RecordLawsuitDto,
  ) {
    return this.closure.recordLawsuit(ctx, id, dto);
  }
}
