import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { CaseField, ContentType } from '../../cases/domain/case-enums';

/** One content of a mixed petition, handled by its own rule (DOMAIN §3.4). */
export class PetitionPartDto {
  @ApiProperty({ enum: ContentType, description: 'Not mixed' })
  @IsEnum(ContentType)
  type!: ContentType;

  @ApiProperty({ enum: CaseField })
  @IsEnum(CaseField)
  field!: CaseField;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  summary!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  respondent?: string;
}

/** `POST /petitions/:id/split`: a mixed petition becomes one part per content. */
export class SplitPetitionDto {
  @ApiProperty({ description: 'The petition’s version as read' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ type: [PetitionPartDto] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PetitionPartDto)
  parts!: PetitionPartDto[];
}

/** `POST /petitions/:id/assign`: the handler of the petition (leaders). */
export class AssignPetitionDto {
  @ApiProperty({ description: 'A petition handler of the petition’s agency' })
  @IsUUID()
  officerId!: string;

  @ApiProperty({ description: 'The petition’s version as read' })
  @IsInt()
  @Min(1)
  version!: number;
}
