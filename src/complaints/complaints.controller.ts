import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, CurrentOfficer, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import {
  AssignVerificationDto,
  ProceedingVersionDto,
  ResumeDto,
  SuspendDto,
} from '../resolutions/dto/proceeding-actions.dto';
import { ComplaintAcceptanceService } from './complaint-acceptance.service';
import { ComplaintClosureService } from './complaint-closure.service';
import { ComplaintDecisionService } from './complaint-decision.service';
import { ComplaintFinalityService } from './complaint-finality.service';
import { ComplaintLifecycleService } from './complaint-lifecycle.service';
import { ComplaintQueryService } from './complaint-query.service';
import {
  DropChallengeDto,
  SetComplaintFlagsDto,
  TerminateComplaintDto,
  WithdrawComplaintDto,
} from './dto/complaint-actions.dto';
import { AcceptComplaintDto, RefuseComplaintDto } from './dto/complaint-acceptance.dto';
import { ComplaintPageDto } from './dto/complaint-list-item.dto';
import { ComplaintResponseDto } from './dto/complaint.response.dto';
import { DecideComplaintDto } from './dto/decide-complaint.dto';
import { ListComplaintsQueryDto } from './dto/list-complaints.query.dto';
import { OpenComplaintDto } from './dto/open-complaint.dto';

/** The leader's steps of a complaint proceeding (resolution.approve) and its detail. */
@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
export class ComplaintsController {
  constructor(
    private readonly acceptance: ComplaintAcceptanceService,
    private readonly lifecycle: ComplaintLifecycleService,
    private readonly closure: ComplaintClosureService,
    private readonly decisions: ComplaintDecisionService,
    private readonly finality: ComplaintFinalityService,
    private readonly query: ComplaintQueryService,
  ) {}

  @Post()
  @RequirePermission(Permission.ResolutionApprove)
  open(@Action() ctx: ActionContext, @Body() dto: OpenComplaintDto) {
    return this.acceptance.open(ctx, dto);
  }

  @Get()
  @RequirePermission(Permission.ResolutionRead)
  @ApiOkResponse({ type: ComplaintPageDto })
  list(@CurrentOfficer() viewer: AuthenticatedOfficer, @Query() query: ListComplaintsQueryDto) {
    return this.query.list(viewer, query);
  }

  @Get(':id')
  @RequirePermission(Permission.ResolutionRead)
  @ApiOkResponse({ type: ComplaintResponseDto })
  get(@Action() ctx: ActionContext, @Param('id', UuidParamPipe) id: string) {
    return this.query.get(ctx, id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  accept(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: AcceptComplaintDto,
  ) {
    return this.acceptance.accept(ctx, id, dto);
  }

  @Post(':id/refuse-acceptance')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  refuse(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: RefuseComplaintDto,
  ) {
    return this.acceptance.refuse(ctx, id, dto);
  }

  @Post(':id/set-flags')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  setFlags(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: SetComplaintFlagsDto,
  ) {
    return this.lifecycle.setFlags(ctx, id, dto);
  }

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
    @Body() dto: WithdrawComplaintDto,
  ) {
    return this.closure.withdraw(ctx, id, dto);
  }

  @Post(':id/terminate')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  terminate(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: TerminateComplaintDto,
  ) {
    return this.closure.terminate(ctx, id, dto);
  }

  @Post(':id/decide')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  decide(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: DecideComplaintDto,
  ) {
    return this.decisions.decide(ctx, id, dto);
  }

  @Post(':id/take-legal-effect')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  takeLegalEffect(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ProceedingVersionDto,
  ) {
    return this.finality.takeLegalEffect(ctx, id, dto);
  }

  @Post(':id/drop-challenge')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  @ApiOkResponse({ type: ComplaintResponseDto })
  dropChallenge(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: DropChallengeDto,
  ) {
    return this.finality.dropChallenge(ctx, id, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequirePermission(Permission.ResolutionApprove)
  close(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ProceedingVersionDto,
  ) {
    return this.finality.close(ctx, id, dto);
  }
}
