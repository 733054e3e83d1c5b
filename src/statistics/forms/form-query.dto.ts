import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/**
 * Query of GET /statistics/forms/{code}: the scope (period checked by resolvePeriod: one 400
 * STATISTICS_PERIOD_INVALID naming the fields) and the format (checked by parseFormFormat).
 */
export class FormQueryDto {
  @ApiPropertyOptional({ description: 'Defaults to the officer’s own agency' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({
    example: '2017',
    description: '2017 | 2017-Q1 | 2017-H1 | 2017-9M | 2017-M03',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  period?: string;

  @ApiPropertyOptional({ enum: ['statutory', 'calendar'] })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  convention?: string;

  @ApiPropertyOptional({ example: '2016-12-16' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  from?: string;

  @ApiPropertyOptional({ example: '2017-12-15' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  to?: string;

  @ApiPropertyOptional({ enum: ['json', 'xlsx', 'pdf'], default: 'json' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  format?: string;
}
