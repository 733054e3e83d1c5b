import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';
import { VerificationRecordKind } from '../domain/proceeding-enums';

/** Every action on a proceeding carries the version the officer read (409 STALE_VERSION). */
export class ProceedingVersionDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}

/** Who signs the document the action issues (NĐ 30/2020 ô số 7); typed once, printed after. */
export class SignerDto {
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  @ApiProperty({ example: 'CHÁNH THANH TRA' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  title!: string;

  @ApiPropertyOptional({ example: 'KT. CHÁNH THANH TRA' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  authority?: string;
}

/** An action that issues a numbered document. */
export class SignedActionDto extends ProceedingVersionDto {
  @ApiProperty({ type: SignerDto })
  @ValidateNested()
  @Type(() => SignerDto)
  signer!: SignerDto;
}

export class AssignVerificationDto extends SignedActionDto {
  @ApiProperty({ description: 'Trưởng đoàn / người được giao xác minh' })
  @IsUUID()
  leadId!: string;

  @ApiPropertyOptional({ type: [String], description: 'Thành viên tổ xác minh' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  memberIds?: string[];

  @ApiPropertyOptional({ description: 'Ngày giao (mặc định: hôm nay)' })
  @IsOptional()
  @IsLocalDate()
  assignedOn?: string;

  @ApiProperty({ maxLength: 2000, description: 'Nội dung cần xác minh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  scope!: string;
}

export class VerificationRecordDto {
  @ApiProperty({ enum: VerificationRecordKind })
  @IsEnum(VerificationRecordKind)
  kind!: VerificationRecordKind;

  @ApiProperty()
  @IsLocalDate()
  recordedOn!: string;

  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  documents?: string;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Báo cáo kết quả xác minh: kiến nghị' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  recommendation?: string;
}

/**
 * The optional reason closing a termination (đình chỉ) input. Each proceeding's own DTO declares
 * the date and the causes its law allows; declared there, they stay first in validation errors.
 */
export class TerminationReasonDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class SuspendDto extends ProceedingVersionDto {
  @ApiPropertyOptional({ description: 'Ngày tạm đình chỉ (mặc định: hôm nay)' })
  @IsOptional()
  @IsLocalDate()
  suspendedOn?: string;

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class ResumeDto extends ProceedingVersionDto {
  @ApiPropertyOptional({ description: 'Ngày tiếp tục giải quyết (mặc định: hôm nay)' })
  @IsOptional()
  @IsLocalDate()
  resumedOn?: string;
}
