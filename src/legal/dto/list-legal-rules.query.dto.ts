import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';

export class ListLegalRulesQueryDto {
  @ApiPropertyOptional({ example: '2018-06-01', description: 'mặc định: hôm nay (giờ Việt Nam)' })
  @IsOptional()
  @IsLocalDate()
  on?: string;
}
