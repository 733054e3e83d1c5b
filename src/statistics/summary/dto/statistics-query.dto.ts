import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { PageQueryDto } from '../../../common/http/page-query.dto';

/**
 * The scope of a statistics request. `period`, `convention`, `from` and `to` are checked by
 * resolvePeriod (one 400 STATISTICS_PERIOD_INVALID naming every field at fault).
 */
export class StatisticsQueryDto {
  @ApiPropertyOptional({ description: 'Defaults to the officer’s own agency' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({
    example: '2017-Q1',
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
}

export class TrendQueryDto extends StatisticsQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 60, default: 12 })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  periods?: string;
}

/** The drill-down list: the scope plus keyset pagination. */
export class FigureRecordsQueryDto extends IntersectionType(PageQueryDto, StatisticsQueryDto) {}
