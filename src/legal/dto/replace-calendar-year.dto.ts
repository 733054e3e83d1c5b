import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';
import type { CalendarDayKind } from '../domain/holiday-calendar';

export const CALENDAR_DAY_KINDS: readonly CalendarDayKind[] = [
  'holiday',
  'compensatory_day_off',
  'swapped_day_off',
  'make_up_workday',
];

export class CalendarDayInputDto {
  @ApiProperty({ example: '2026-11-24' })
  @IsLocalDate()
  date!: string;

  @ApiProperty({ enum: CALENDAR_DAY_KINDS })
  @IsIn(CALENDAR_DAY_KINDS)
  kind!: CalendarDayKind;

  @ApiProperty({ example: 'Ngày Văn hóa Việt Nam (24/11)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'Thông báo của Bộ Nội vụ số …' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  source!: string;
}

/** The full list of special days of one year; it replaces the year's rows. */
export class ReplaceCalendarYearDto {
  @ApiProperty({ type: [CalendarDayInputDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayInputDto)
  days!: CalendarDayInputDto[];
}
