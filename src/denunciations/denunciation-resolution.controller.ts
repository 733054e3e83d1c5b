import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import {
  AssignVerificationDto,
  ProceedingVersionDto,
  ResumeDto,
  SuspendDto,
} from '../resolutions/dto/proceeding-actions.dto';
import { DenunciationClosureService } from './denunciation-closure.service';
import { DenunciationConclusionService } from './denunciation-conclusion.service';
import { DenunciationLifecycleService } from './denunciation-lifecycle.service';
import { DenunciationVerificationService } from './denunciation-verification.service';
import {
  ConcludeDenunciationDto,
  DenunciationVerificationRecordDto,
  ExtendDenunciationDto,
  HandleDenunciationDto,
  NotifyDenunciationResultDto,
  TerminateDenunciationDto,
  WithdrawDenunciationDto,
} from './dto/denunciation-actions.dto';

/** The resolution of an accepted denunciation: the resolver's and the team's steps. */
@ApiTags('denunciations')
@ApiBearerAuth()
@Controller('denunciations')
export class DenunciationResolutionController {
  constructor(
    private readonly lifecycle: DenunciationLifecycleService,
    private readonly closure: DenunciationClosureService,
    private readonly verification: DenunciationVerificationService,
    private readonly conclusion: DenunciationConclusionService,
  ) {}

  @Post(':id/assign-verification')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  assign(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: AssignVerificationDto,
  ) {
    return this.lifecycle.assignVerification(ctx, id, dto);
  }

  @Post(':id/verification-records')
  @RequirePermission(Permission.ResolutionAct)
  record(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: DenunciationVerificationRecordDto,
  ) {
    return this.verification.record(ctx, id, dto);
  }

  @Post(':id/extend')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  extend(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ExtendDenunciationDto,
  ) {
    return this.lifecycle.extend(ctx, id, dto);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  suspend(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: SuspendDto,
  ) {
    return this.lifecycle.suspend(ctx, id, dto);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  resume(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ResumeDto,
  ) {
    return this.lifecycle.resume(ctx, id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  withdraw(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: WithdrawDenunciationDto,
  ) {
    return this.closure.withdraw(ctx, id, dto);
  }

  @Post(':id/terminate')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  terminate(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: TerminateDenunciationDto,
  ) {
    return this.closure.terminate(ctx, id, dto);
  }

  @Post(':id/conclude')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  conclude(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ConcludeDenunciationDto,
  ) {
    return this.conclusion.conclude(ctx, id, dto);
  }

  @Post(':id/notify-result')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  notifyResult(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: NotifyDenunciationResultDto,
  ) {
    return this.conclusion.notifyResult(ctx, id, dto);
  }

  @Post(':id/handle')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  handle(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: HandleDenunciationDto,
  ) {
    return this.conclusion.handle(ctx, id, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  close(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ProceedingVersionDto,
  ) {
    return this.conclusion.close(ctx, id, dto);
  }
}
