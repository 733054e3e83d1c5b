import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';
import { AgencyUnitDto } from './create-agency.dto';

/** Every edit of an existing unit carries the version the editor read (409 when stale). */
export class AgencyVersionDto {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}

export class RenameAgencyDto extends AgencyVersionDto {
  @ApiProperty({ example: 'Ủy ban nhân dân phường Ba Đình' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;
}

export class CloseAgencyDto extends AgencyVersionDto {
  @ApiProperty({ example: '2025-06-30', description: 'Last day in force (inclusive)' })
  @IsLocalDate()
  validTo!: string;
}

export class MergeAgenciesDto {
  @ApiProperty({ type: [String], minItems: 2, maxItems: 100 })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(100)
  @ArrayUnique((id: string) => String(id).toLowerCase())
  @IsUUID(undefined, { each: true })
  predecessorIds!: string[];

  @ApiProperty({ type: AgencyUnitDto })
  @ValidateNested()
  @Type(() => AgencyUnitDto)
  successor!: AgencyUnitDto;

  @ApiProperty({ example: '2025-07-01', description: 'First day of the successor' })
  @IsLocalDate()
  effectiveOn!: string;
}
