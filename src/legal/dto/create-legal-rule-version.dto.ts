import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';
import type { DeadlineUnit } from '../domain/legal-rule';
import { RULE_KEY_PATTERN } from './deadline-preview.query.dto';

const MAX_DAYS = 3660;
const nullable = (o: object, key: string) => (o as Record<string, unknown>)[key] !== null;

/** Days of a period: a positive integer, or null / absent when the rule has no such value. */
function DayCount(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: MAX_DAYS }),
    IsOptional(),
    IsInt(),
    Min(1),
    Max(MAX_DAYS),
  );
}

/** A new version of an existing deadline rule, in force from a date after the latest version's. */
export class CreateLegalRuleVersionDto {
  @ApiProperty({ example: 'D5' })
  @IsString()
  @Matches(RULE_KEY_PATTERN)
  key!: string;

  @ApiProperty({ example: 'Giải quyết khiếu nại lần đầu kể từ ngày thụ lý' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  title!: string;

  @ApiProperty({ enum: ['calendar_days', 'working_days'], nullable: true, type: String })
  @ValidateIf((o: object) => nullable(o, 'unit'))
  @IsIn(['calendar_days', 'working_days'])
  unit!: DeadlineUnit | null;

  @DayCount() normalDays?: number | null;
  @DayCount() complexDays?: number | null;
  @DayCount() remoteDays?: number | null;
  @DayCount() remoteComplexDays?: number | null;
  @DayCount() extensionDays?: number | null;
  @DayCount() complexExtensionDays?: number | null;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: 5 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5)
  maxExtensions?: number;

  @ApiProperty({ example: 'Luật số 136/2025/QH15, Điều 2' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  legalBasis!: string;

  @ApiProperty({ example: '2026-07-01' })
  @IsLocalDate()
  effectiveFrom!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsLocalDate()
  effectiveTo?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
