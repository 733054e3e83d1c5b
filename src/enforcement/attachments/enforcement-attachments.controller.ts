import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../../auth/action-context';
import { Action, CurrentOfficer, RequirePermission } from '../../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../../auth/authenticated-officer';
import { Permission } from '../../auth/permission';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe';
import { ENTRY_ATTACHMENT_BODY_LIMIT, UploadEntryAttachmentDto } from '../dto/attachment.dto';
import { EnforcementAttachmentsService } from './enforcement-attachments.service';

/** Files of progress entries: receipts, payment vouchers, discipline decisions (issue 8). */
@ApiTags('enforcement')
@ApiBearerAuth()
@Controller('enforcement/progress/:entryId/attachments')
export class EnforcementAttachmentsController {
  constructor(private readonly attachments: EnforcementAttachmentsService) {}

  @Post()
  @RouteConfig({ bodyLimit: ENTRY_ATTACHMENT_BODY_LIMIT })
  @RequirePermission(Permission.EnforcementRecord)
  upload(
    @Action() ctx: ActionContext,
    @Param('entryId', UuidParamPipe) entryId: string,
    @Body() dto: UploadEntryAttachmentDto,
  ) {
    return this.attachments.upload(ctx, entryId, dto);
  }

  @Get()
  @RequirePermission(Permission.EnforcementRead)
  list(
    @CurrentOfficer() viewer: AuthenticatedOfficer,
    @Param('entryId', UuidParamPipe) entryId: string,
  ) {
    return this.attachments.list(viewer, entryId);
  }

  @Get(':attachmentId/content')
  @RequirePermission(Permission.EnforcementRead)
  content(
    @Action() ctx: ActionContext,
    @Param('entryId', UuidParamPipe) entryId: string,
    @Param('attachmentId', UuidParamPipe) attachmentId: string,
  ) {
    return this.attachments.content(ctx, entryId, attachmentId);
  }
}
