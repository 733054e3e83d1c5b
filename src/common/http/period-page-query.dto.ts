import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

import { IsLocalDate } from './is-local-date.decorator';
import { PageQueryDto } from './page-query.dto';

/** A keyset page of records of a period (`from`/`to` inclusive, local dates) and an agency subtree. */
export class PeriodPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'record date ≥ from' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'record date ≤ to' })
  @IsOptional()
  @IsLocalDate()
  to?: string;

  @ApiPropertyOptional({ description: 'This agency and its subtree, within the viewer’s scope' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}
