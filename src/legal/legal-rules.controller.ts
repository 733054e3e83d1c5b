import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permission';
import { CreateLegalRuleVersionDto } from './dto/create-legal-rule-version.dto';
import { LegalRuleResponseDto, LegalRulesInForceResponseDto } from './dto/legal-rule.response.dto';
import { ListLegalRulesQueryDto } from './dto/list-legal-rules.query.dto';
import { LegalRuleVersionsService } from './legal-rule-versions.service';
import { LegalRulesService } from './legal-rules.service';

@ApiTags('legal')
@ApiBearerAuth()
@Controller('legal/rules')
export class LegalRulesController {
  constructor(
    private readonly rules: LegalRulesService,
    private readonly versions: LegalRuleVersionsService,
  ) {}

  @Get()
  @RequirePermission(Permission.LegalRead)
  @ApiOperation({ summary: 'Các quy tắc thời hạn có hiệu lực vào một ngày (mặc định hôm nay)' })
  @ApiOkResponse({ type: LegalRulesInForceResponseDto })
  list(@Query() query: ListLegalRulesQueryDto) {
    return this.rules.listInForce(query.on);
  }

  @Post()
  @RequirePermission(Permission.LegalManage)
  @ApiOperation({ summary: 'Thêm phiên bản mới của một quy tắc, có hiệu lực từ một ngày sau' })
  @ApiCreatedResponse({ type: LegalRuleResponseDto })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED, LEGAL_RULE_UNKNOWN (key), LEGAL_RULE_VERSION_INVALID',
  })
  create(@Action() ctx: ActionContext, @Body() dto: CreateLegalRuleVersionDto) {
    return this.versions.create(ctx, dto);
  }
}
