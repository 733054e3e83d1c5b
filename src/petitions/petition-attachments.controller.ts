import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permission';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { PetitionAttachmentsService } from './attachments/petition-attachments.service';
import { ATTACHMENT_BODY_LIMIT, UploadAttachmentDto } from './dto/upload-attachment.dto';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions/:id/attachments')
export class PetitionAttachmentsController {
  constructor(private readonly attachments: PetitionAttachmentsService) {}

  @Post()
  @RouteConfig({ bodyLimit: ATTACHMENT_BODY_LIMIT })
  @RequirePermission(Permission.PetitionWrite)
  upload(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: UploadAttachmentDto,
  ) {
    return this.attachments.upload(ctx, id, dto);
  }

  @Post(':attachmentId/redacted-copy')
  @RouteConfig({ bodyLimit: ATTACHMENT_BODY_LIMIT })
  @RequirePermission(Permission.PetitionHandle)
  redactedCopy(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Param('attachmentId', UuidParamPipe) attachmentId: string,
    @Body() dto: UploadAttachmentDto,
  ) {
    return this.attachments.upload(ctx, id, dto, attachmentId);
  }

  @Get()
  @RequirePermission(Permission.PetitionRead)
  list(@Action() ctx: ActionContext, @Param('id', UuidParamPipe) id: string) {
    return this.attachments.list(ctx, id);
  }

  @Get(':attachmentId/content')
  @RequirePermission(Permission.PetitionRead)
  content(
    @Action() ctx: ActionContext,
    @Param('id', UuidParamPipe) id: string,
    @Param('attachmentId', UuidParamPipe) attachmentId: string,
  ) {
    return this.attachments.content(ctx, id, attachmentId);
  }
}
