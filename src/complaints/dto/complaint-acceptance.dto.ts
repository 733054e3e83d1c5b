import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';
import { SignedActionDto } from '../../resolutions/dto/proceeding-actions.dto';

/** Luật KN 2011 Điều 11, khoản 1–5 and 7–9 (k6 is computed): true where the ground applies. */
export class ComplaintGroundsDto {
  @ApiProperty() @IsBoolean() not_complainable!: boolean;
  @ApiProperty() @IsBoolean() not_directly_affected!: boolean;
  @ApiProperty() @IsBoolean() no_capacity_no_representative!: boolean;
  @ApiProperty() @IsBoolean() unlawful_representative!: boolean;
  @ApiProperty() @IsBoolean() not_signed!: boolean;
  @ApiProperty() @IsBoolean() second_round_decided!: boolean;
  @ApiProperty() @IsBoolean() termination_not_pursued!: boolean;
  @ApiProperty() @IsBoolean() court_seized!: boolean;
}

export class FirstRoundFactsDto {
  @ApiPropertyOptional({ description: 'Day the complainant received the round-1 decision (D7)' })
  @IsOptional()
  @IsLocalDate()
  decisionReceivedOn?: string;
}

/** The Điều 11 checklist an acceptance or a refusal records, item by item. */
export class ComplaintChecklistInputDto extends SignedActionDto {
  @ApiProperty({ type: ComplaintGroundsDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ComplaintGroundsDto)
  grounds!: ComplaintGroundsDto;

  @ApiPropertyOptional({ description: 'Day lodged (postmark), if before the receipt' })
  @IsOptional()
  @IsLocalDate()
  filedOn?: string;

  @ApiPropertyOptional({ description: 'Round 1: day the decision or act became known (D2)' })
  @IsOptional()
  @IsLocalDate()
  decisionKnownOn?: string;

  @ApiPropertyOptional({ description: 'Round 1: days lost to objective obstacles (Đ9)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  obstacleDays?: number;

  @ApiPropertyOptional({ type: FirstRoundFactsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => FirstRoundFactsDto)
  firstRound?: FirstRoundFactsDto;
}

export class AcceptComplaintDto extends ComplaintChecklistInputDto {
  @ApiPropertyOptional({ description: 'Ngày thụ lý (mặc định: hôm nay)' })
  @IsOptional()
  @IsLocalDate()
  acceptedOn?: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() complex?: boolean;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  complexReason?: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() remote?: boolean;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  remoteReason?: string;
  @ApiPropertyOptional({
    description:
      'Luật 136/2025/QH15: the earlier withdrawal of this content (same case) was made under threat or coercion, so it may be reconsidered',
  })
  @IsOptional()
  @IsBoolean()
  withdrawalCoerced?: boolean;

  @ApiPropertyOptional({
    maxLength: 1000,
    description: 'What shows the coercion (required with withdrawalCoerced)',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  withdrawalCoercionReason?: string;
}

export class RefuseComplaintDto extends ComplaintChecklistInputDto {
  @ApiPropertyOptional({ description: 'Ngày thông báo không thụ lý (mặc định: hôm nay)' })
  @IsOptional()
  @IsLocalDate()
  refusedOn?: string;
}
