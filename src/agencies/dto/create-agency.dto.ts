import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';
import { AGENCY_CODE_MAX_LENGTH, AGENCY_CODE_PATTERN } from '../domain/agency-code';
import { AgencyKind, AgencyLevel } from '../domain/agency-enums';

/** The fields of a new unit, shared by create and by the successor of a merge. */
export class AgencyUnitDto {
  @ApiProperty({ example: 'HN-P-BADINH', description: 'A–Z, 0–9 and single hyphens; ≤ 32' })
  @IsString()
  @MaxLength(AGENCY_CODE_MAX_LENGTH)
  @Matches(AGENCY_CODE_PATTERN)
  code!: string;

  @ApiProperty({ example: 'Ủy ban nhân dân phường Ba Đình' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  @ApiProperty({ enum: AgencyLevel })
  @IsEnum(AgencyLevel)
  level!: AgencyLevel;

  @ApiProperty({ enum: AgencyKind })
  @IsEnum(AgencyKind)
  kind!: AgencyKind;

  @ApiPropertyOptional({ nullable: true, description: 'null or absent for a root (a province)' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

export class CreateAgencyDto extends AgencyUnitDto {
  @ApiProperty({ example: '2025-07-01', description: 'First day in force' })
  @IsLocalDate()
  validFrom!: string;

  @ApiPropertyOptional({ nullable: true, example: null, description: 'Last day (inclusive)' })
  @IsOptional()
  @IsLocalDate()
  validTo?: string | null;
}
