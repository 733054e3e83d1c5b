import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

import { ContentType } from '../../cases/domain/case-enums';
import { queryList } from '../../common/http/query-transforms';

/**
 * GET /petitions/case-candidates: existing cases a new petition may belong to. Persons are given
 * by id (found first with GET /persons/search, so that no ID number travels in a URL).
 */
export class CaseCandidatesQueryDto {
  @ApiPropertyOptional({ type: String, description: 'Comma-separated person ids (signatories)' })
  @IsOptional()
  @Transform(queryList)
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  personIds?: string[];

  @ApiPropertyOptional({ description: 'The new petition’s summary' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  summary?: string;

  @ApiPropertyOptional({ description: 'Người, cơ quan bị khiếu nại, tố cáo' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  respondent?: string;

  @ApiPropertyOptional({ enum: ContentType, description: 'Cases of this type rank higher' })
  @IsOptional()
  @IsEnum(ContentType)
  type?: ContentType;
}
