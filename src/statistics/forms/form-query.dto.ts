import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

import { StatisticsQueryDto } from '../summary/dto/statistics-query.dto';

/**
 * Query of GET /statistics/forms/{code}: the scope (period checked by resolvePeriod: one 400
 * STATISTICS_PERIOD_INVALID naming the fields) and the format (checked by parseFormFormat).
 */
export class FormQueryDto extends StatisticsQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'xlsx', 'pdf'], default: 'json' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  format?: string;
}
