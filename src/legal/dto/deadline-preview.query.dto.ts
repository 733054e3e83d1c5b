import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';
import { QueryArray, QueryBoolean } from '../../common/http/query-transforms';

export const RULE_KEY_PATTERN = /^[A-Z][A-Z0-9]{0,7}$/;

export class DeadlinePreviewQueryDto {
  @ApiProperty({ example: 'D5', description: 'mã quy tắc thời hạn (D1–D16)' })
  @IsString()
  @Matches(RULE_KEY_PATTERN)
  rule!: string;

  @ApiProperty({ example: '2026-01-20', description: 'ngày bắt đầu tính (không tính ngày này)' })
  @IsLocalDate()
  start!: string;

  @ApiPropertyOptional({ default: false, description: 'vụ việc phức tạp' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  complex?: boolean;

  @ApiPropertyOptional({ default: false, description: 'vùng sâu, vùng xa đi lại khó khăn' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  remote?: boolean;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: 10, description: 'số lần gia hạn' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  extensions?: number;

  @ApiPropertyOptional({
    type: [String],
    description: 'ngày tạm đình chỉ (lặp lại được; ghép theo thứ tự với resumedOn)',
  })
  @IsOptional()
  @QueryArray()
  @IsArray()
  @ArrayMaxSize(10)
  @IsLocalDate({ each: true })
  suspendedFrom?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'ngày tiếp tục giải quyết; lần tạm đình chỉ cuối có thể chưa có ngày tiếp tục',
  })
  @IsOptional()
  @QueryArray()
  @IsArray()
  @ArrayMaxSize(10)
  @IsLocalDate({ each: true })
  resumedOn?: string[];
}
