import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import { PageQueryDto } from '../../common/http/page-query.dto';

const ENTITY_TYPE = /^[a-z][a-z0-9_]*$/;

/**
 * `GET /audit?entity=&id=`: newest first, optionally for one record. `entityType` and `entityId`
 * are the former names, still accepted; auditFilterOf() resolves the two forms.
 */
export class AuditListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'agency', description: 'table-level name of the record' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(ENTITY_TYPE)
  entity?: string;

  @ApiPropertyOptional({ description: 'the record’s id (with `entity`)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  id?: string;

  @ApiPropertyOptional({
    example: 'agency',
    deprecated: true,
    description: 'former name of `entity`',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(ENTITY_TYPE)
  entityType?: string;

  @ApiPropertyOptional({ deprecated: true, description: 'former name of `id`' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;
}
