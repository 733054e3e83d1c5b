import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEnum,
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
import {
  ProceedingVersionDto,
  SignedActionDto,
  TerminationReasonDto,
  VerificationRecordDto,
} from '../../resolutions/dto/proceeding-actions.dto';
import { ComplaintTerminationCause } from '../domain/complaint-termination';

export class SetComplaintFlagsDto extends ProceedingVersionDto {
  @ApiProperty() @IsBoolean() complex!: boolean;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  complexReason?: string;

  @ApiProperty() @IsBoolean() remote!: boolean;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  remoteReason?: string;
}

export class ComplaintVerificationRecordDto extends VerificationRecordDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @ApiPropertyOptional({
    description: 'Verification report, round 1: the demands still differ from the result (Đ30)',
  })
  @IsOptional()
  @IsBoolean()
  demandsDifferFromVerification?: boolean;
}

export class DialogueParticipantDto {
  @ApiProperty({ maxLength: 255 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  @ApiProperty({ maxLength: 255, example: 'Người khiếu nại' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  role!: string;
}

export class HoldDialogueDto extends ProceedingVersionDto {
  @ApiProperty() @IsLocalDate() heldOn!: string;

  @ApiProperty({ maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  place!: string;

  @ApiProperty({ maxLength: 255 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  chairedBy!: string;

  @ApiProperty({ type: [DialogueParticipantDto] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DialogueParticipantDto)
  participants!: DialogueParticipantDto[];

  @ApiProperty({ maxLength: 8000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  minutes!: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  agreedPoints?: string;
}

/** Luật KN 2011 Đ10: the complainant's written withdrawal (field names as the rules name them). */
export class ComplaintWithdrawalDto {
  @ApiProperty({ description: 'Ngày rút khiếu nại' }) @IsLocalDate() on!: string;

  @ApiProperty({ description: 'Đơn rút có chữ ký hoặc điểm chỉ, hoặc biên bản có ký (Đ10)' })
  @IsBoolean()
  inWriting!: boolean;

  @ApiPropertyOptional({ description: 'Rút do bị đe dọa, ép buộc (Luật 136/2025/QH15)' })
  @IsOptional()
  @IsBoolean()
  coerced?: boolean;
}

export class WithdrawComplaintDto extends SignedActionDto {
  @ApiProperty({ type: ComplaintWithdrawalDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ComplaintWithdrawalDto)
  withdrawal!: ComplaintWithdrawalDto;
}

export class ComplaintTerminationInputDto extends TerminationReasonDto {
  @ApiProperty() @IsLocalDate() on!: string;

  @ApiProperty({ enum: ComplaintTerminationCause })
  @IsEnum(ComplaintTerminationCause)
  cause!: ComplaintTerminationCause;
}

export class TerminateComplaintDto extends SignedActionDto {
  @ApiProperty({ type: ComplaintTerminationInputDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ComplaintTerminationInputDto)
  termination!: ComplaintTerminationInputDto;
}

export class RecordLawsuitDto extends ProceedingVersionDto {
  @ApiProperty({ maxLength: 255, example: 'Tòa án nhân dân thành phố Hà Nội' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  court!: string;

  @ApiProperty({ description: 'Ngày Tòa án thụ lý vụ án' }) @IsLocalDate() acceptedOn!: string;
}

/** A round-2 complaint not accepted, or a lawsuit returned by the court (Luật KN Đ7, Đ33, Đ44). */
export class DropChallengeDto extends ProceedingVersionDto {
  @ApiProperty({ maxLength: 2000, example: 'Tòa án trả lại đơn khởi kiện' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
