import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import { DecisionOutcome } from '../../decisions/domain/decision-outcome';
import { MeasureDto } from '../../decisions/dto/measure.dto';
import {
  ProceedingVersionDto,
  SignedActionDto,
  TerminationReasonDto,
  SignerDto,
  VerificationRecordDto,
} from '../../resolutions/dto/proceeding-actions.dto';
import { DenunciationComplexity } from '../domain/denunciation-enums';
import { DenunciationTerminationCause } from '../domain/denunciation-withdrawal';

export class DenunciationVerificationRecordDto extends VerificationRecordDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}

/** Luật TC 2018 Đ30 k2–k4: an extension decision with its reason. */
export class ExtensionInputDto {
  @ApiProperty({ enum: DenunciationComplexity })
  @IsEnum(DenunciationComplexity)
  complexity!: DenunciationComplexity;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ description: 'Ngày quyết định gia hạn (mặc định: hôm nay)' })
  @IsOptional()
  @IsLocalDate()
  decidedOn?: string;
}

export class ExtendDenunciationDto extends SignedActionDto {
  @ApiProperty({ type: ExtensionInputDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ExtensionInputDto)
  extension!: ExtensionInputDto;
}

/** Luật TC 2018 Đ35: kết luận nội dung tố cáo. */
export class ConcludeDenunciationDto extends SignedActionDto {
  @ApiPropertyOptional() @IsOptional() @IsLocalDate() issuedOn?: string;

  @ApiProperty({ enum: DecisionOutcome })
  @IsEnum(DecisionOutcome)
  outcome!: DecisionOutcome;

  @ApiPropertyOptional({ description: 'Cố ý tố cáo sai sự thật (only with wrong)' })
  @IsOptional()
  @IsBoolean()
  deliberatelyFalse?: boolean;

  @ApiProperty({ maxLength: 8000 })
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

/** Luật TC 2018 Đ35 k2: the notice of the result to the denouncer (TB), within D15. */
export class NotifyDenunciationResultDto extends SignedActionDto {
  @ApiPropertyOptional({ description: 'Ngày thông báo (mặc định: hôm nay)' })
  @IsOptional()
  @IsLocalDate()
  issuedOn?: string;
}

/** Luật TC 2018 Đ36: the measures taken on the conclusion. */
export class HandleDenunciationDto extends ProceedingVersionDto {
  @ApiProperty() @IsLocalDate() handledOn!: string;

  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  note!: string;
}

/** Luật TC 2018 Đ33: a written withdrawal and the facts that decide whether the case stops. */
export class DenunciationWithdrawalDto {
  @ApiProperty() @IsLocalDate() on!: string;
  @ApiProperty() @IsBoolean() inWriting!: boolean;
  @ApiProperty({ description: 'The whole content is withdrawn' }) @IsBoolean() entire!: boolean;
  @ApiProperty({ description: 'Signs of a violation found' })
  @IsBoolean()
  signsOfViolation!: boolean;
  @ApiProperty({ description: 'Withdrawn under threat or bribery' }) @IsBoolean() coerced!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() abusive?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() otherDenouncers?: boolean;
}

export class WithdrawDenunciationDto extends ProceedingVersionDto {
  @ApiProperty({ type: DenunciationWithdrawalDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => DenunciationWithdrawalDto)
  withdrawal!: DenunciationWithdrawalDto;

  @ApiPropertyOptional({
    type: SignerDto,
    description: 'Signs the termination when the case stops',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SignerDto)
  signer?: SignerDto;
}

export class TerminationInputDto extends TerminationReasonDto {
  @ApiProperty() @IsLocalDate() on!: string;

  @ApiProperty({ enum: DenunciationTerminationCause })
  @IsEnum(DenunciationTerminationCause)
  cause!: DenunciationTerminationCause;
}

export class TerminateDenunciationDto extends SignedActionDto {
  @ApiProperty({ type: TerminationInputDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => TerminationInputDto)
  termination!: TerminationInputDto;
}
