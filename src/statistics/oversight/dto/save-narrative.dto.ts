import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { NARRATIVE_LIMITS as L } from '../domain/narrative-sections';
import { StatisticsQueryDto } from '../../summary/dto/statistics-query.dto';

/** The leader's texts per part of the report; an empty string clears a part. */
export class NarrativeSectionsDto {
  @ApiPropertyOptional({ description: 'Commentary after the figures of I. Tiếp công dân' })
  @IsOptional()
  @IsString()
  @MaxLength(L.section)
  reception?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(L.section)
  petitions?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(L.section)
  complaints?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(L.section)
  denunciations?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(L.section)
  enforcement?: string;

  @ApiPropertyOptional({ description: 'VI.1 Ưu điểm' })
  @IsOptional()
  @IsString()
  @MaxLength(L.section)
  assessment?: string;

  @ApiPropertyOptional({ description: 'VI.2 Tồn tại, hạn chế' })
  @IsOptional()
  @IsString()
  @MaxLength(L.section)
  shortcomings?: string;

  @ApiPropertyOptional({ description: 'VI.3 Nguyên nhân' })
  @IsOptional()
  @IsString()
  @MaxLength(L.section)
  causes?: string;

  @ApiPropertyOptional({ description: 'VII. Nhiệm vụ kỳ tới' })
  @IsOptional()
  @IsString()
  @MaxLength(L.section)
  nextTasks?: string;
}

/**
 * PUT /reports/oversight/narrative: the texts of one agency's report for one period (the period
 * fields of a statistics request; the agency is required here).
 */
export class SaveNarrativeDto extends OmitType(StatisticsQueryDto, ['agencyId'] as const) {
  @ApiProperty()
  @IsUUID()
  agencyId!: string;

  @ApiProperty({ type: NarrativeSectionsDto })
  @ValidateNested()
  @Type(() => NarrativeSectionsDto)
  sections!: NarrativeSectionsDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(L.signerName)
  signerName?: string;

  @ApiPropertyOptional({ example: 'Chánh Thanh tra' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(L.signerTitle)
  signerTitle?: string;

  @ApiPropertyOptional({ description: 'Number in the issuer’s register (Số: 07/BC-…)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999)
  documentNumber?: number;

  @ApiPropertyOptional({ type: [String], description: 'Extra lines of "Nơi nhận"' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.recipients)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(L.recipient, { each: true })
  recipients?: string[];

  @ApiPropertyOptional({ description: 'The version read; absent or 0 to save the first time' })
  @IsOptional()
  @IsInt()
  @Min(0)
  version?: number;
}
