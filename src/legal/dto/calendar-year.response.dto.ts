import { ApiProperty } from '@nestjs/swagger';

import { CALENDAR_DAY_KINDS } from './replace-calendar-year.dto';

export class CalendarDayResponseDto {
  @ApiProperty({ example: '2026-02-17' }) date!: string;
  @ApiProperty({ example: 'Thứ Ba' }) weekday!: string;
  @ApiProperty({ enum: CALENDAR_DAY_KINDS }) kind!: string;
  @ApiProperty({ example: 'Ngày lễ, Tết' }) kindLabel!: string;
  @ApiProperty({ example: 'Tết Nguyên đán (mùng 1)' }) name!: string;
  @ApiProperty({ example: 'Bộ luật Lao động 2019, Điều 112 khoản 1' }) source!: string;
}

export class CalendarYearResponseDto {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: [CalendarDayResponseDto] }) days!: CalendarDayResponseDto[];
}
