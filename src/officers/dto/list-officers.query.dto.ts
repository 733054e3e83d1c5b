import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

import { PageQueryDto } from '../../common/http/page-query.dto';

export class ListOfficersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'tìm theo tên đăng nhập hoặc họ tên' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
