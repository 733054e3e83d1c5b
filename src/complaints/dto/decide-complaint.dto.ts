import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';
import { DecisionOutcome } from '../../decisions/domain/decision-outcome';
import { MeasureDto } from '../../decisions/dto/measure.dto';
import { SignedActionDto } from '../../resolutions/dto/proceeding-actions.dto';

/**
 * The leader's decision on a complaint (Luật KN Đ31, Đ40): outcome (round 1: right / partly right /
 * wrong; round 2: upholds or annuls/amends round 1), reasoning, recommended measures.
 */
export class DecideComplaintDto extends SignedActionDto {
  @ApiPropertyOptional({ description: 'Ngày ban hành (mặc định: hôm nay)' })
  @IsOptional()
  @IsLocalDate()
  issuedOn?: string;

  @ApiProperty({ enum: DecisionOutcome })
  @IsEnum(DecisionOutcome)
  outcome!: DecisionOutcome;

  @ApiPropertyOptional({ enum: ['right', 'partly_right', 'wrong'], description: 'Round 2 only' })
  @IsOptional()
  @IsEnum(DecisionOutcome)
  contentConclusion?: DecisionOutcome;

  @ApiProperty({ maxLength: 8000, description: 'Nhận định, căn cứ và nội dung giải quyết' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  reasoning!: string;

  @ApiPropertyOptional({ type: [MeasureDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MeasureDto)
  measures?: MeasureDto[];
}
