import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR } from '../domain/calendar-year';

export class CalendarYearParamDto {
  @ApiProperty({ example: 2026, minimum: CALENDAR_MIN_YEAR, maximum: CALENDAR_MAX_YEAR })
  @Type(() => Number)
  @IsInt()
  @Min(CALENDAR_MIN_YEAR)
  @Max(CALENDAR_MAX_YEAR)
  year!: number;
}
