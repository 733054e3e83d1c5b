import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import { PageQueryDto } from '../../common/http/page-query.dto';

/** `GET /audit`: newest first, optionally for one record (`entityType` + `entityId`). */
export class AuditListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'agency' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[a-z][a-z0-9_]*$/)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;
}
