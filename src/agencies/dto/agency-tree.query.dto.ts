import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';

export class AgencyTreeQueryDto {
  @ApiPropertyOptional({ example: '2025-07-01', description: 'Default: today (Asia/Ho_Chi_Minh)' })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}
