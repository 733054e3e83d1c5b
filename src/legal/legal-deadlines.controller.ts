import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permission';
import { DeadlinePreviewService } from './deadline-preview.service';
import { DeadlinePreviewQueryDto } from './dto/deadline-preview.query.dto';
import { DeadlinePreviewResponseDto } from './dto/deadline-preview.response.dto';

@ApiTags('legal')
@ApiBearerAuth()
@Controller('legal/deadlines')
export class LegalDeadlinesController {
  constructor(private readonly previews: DeadlinePreviewService) {}

  @Get('preview')
  @RequirePermission(Permission.LegalRead)
  @ApiOperation({ summary: 'Tính thử hạn cuối của một quy tắc thời hạn, kèm giải thích' })
  @ApiOkResponse({ type: DeadlinePreviewResponseDto })
  @ApiBadRequestResponse({
    description:
      'VALIDATION_FAILED, LEGAL_RULE_UNKNOWN (rule), LEGAL_RULE_NOT_IN_FORCE (start), DEADLINE_INVALID_INPUT (extensions, suspendedFrom.i, resumedOn.i)',
  })
  preview(@Query() query: DeadlinePreviewQueryDto) {
    return this.previews.preview(query);
  }
}
