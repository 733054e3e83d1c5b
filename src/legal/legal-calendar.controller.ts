import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import type { ActionContext } from '../auth/action-context';
import { Action, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permission';
import { CalendarEditService } from './calendar-edit.service';
import { CalendarService } from './calendar.service';
import { CalendarYearParamDto } from './dto/calendar-year.param.dto';
import { CalendarYearResponseDto } from './dto/calendar-year.response.dto';
import { ReplaceCalendarYearDto } from './dto/replace-calendar-year.dto';

@ApiTags('legal')
@ApiBearerAuth()
@Controller('legal/calendar')
export class LegalCalendarController {
  constructor(
    private readonly calendars: CalendarService,
    private readonly edits: CalendarEditService,
  ) {}

  @Get(':year')
  @RequirePermission(Permission.LegalRead)
  @ApiOperation({ summary: 'Ngày nghỉ lễ, nghỉ bù, nghỉ hoán đổi và ngày làm bù của một năm' })
  @ApiOkResponse({ type: CalendarYearResponseDto })
  get(@Param() params: CalendarYearParamDto) {
    return this.calendars.getYear(params.year);
  }

  @Put(':year')
  @RequirePermission(Permission.LegalManage)
  @ApiOperation({ summary: 'Thay toàn bộ danh sách ngày đặc biệt của một năm; tính lại hạn' })
  @ApiOkResponse({ type: CalendarYearResponseDto })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED, CALENDAR_INVALID (days.<i>.date, days.<i>.kind)',
  })
  replace(
    @Action() ctx: ActionContext,
    @Param() params: CalendarYearParamDto,
    @Body() dto: ReplaceCalendarYearDto,
  ) {
    return this.edits.replaceYear(ctx, params.year, dto);
  }
}
