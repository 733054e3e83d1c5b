import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import { EnforcementType } from '../domain/recommended-measures';

const MAX_COUNT = 1_000_000;

/**
 * One recommended measure (shape only; validateMeasures() checks which quantities each type needs
 * and their format, naming `measures.<i>.<field>`).
 */
export class MeasureDto {
  @ApiProperty({ enum: EnforcementType })
  @IsEnum(EnforcementType)
  type!: EnforcementType;

  @ApiPropertyOptional({ example: '2600000000', description: 'VND, whole đồng, digits only' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  amount?: string;

  @ApiPropertyOptional({ example: '2982.5', description: 'm², dot as decimal separator' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  area?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  collectives?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  persons?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  officials?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  beneficiaries?: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}
