import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';
import { CheckExtensionGround } from '../../petitions/domain/petition-enums';
import { IsCheckExtensionGround } from '../../petitions/dto/extend-check.dto';
import { ProceedingVersionDto, SignerDto } from '../../resolutions/dto/proceeding-actions.dto';
import { DenunciationComplexity } from '../domain/denunciation-enums';

/** Takes over a denunciation petition; with `firstId`, a follow-up (tố cáo tiếp) re-resolution. */
export class OpenDenunciationDto {
  @ApiProperty() @IsUUID() petitionId!: string;

  @ApiPropertyOptional({ description: 'Follow-up: the first proceeding (Luật TC 2018 Đ37, Đ38)' })
  @IsOptional()
  @IsUUID()
  firstId?: string;
}

/**
 * `POST /denunciations/:id/extend-prelim-check` (leaders): D11 runs once from 7 up to 10 working
 * days on a ground of Luật Tố cáo 2018 Điều 24 khoản 1 — the same codes and validation as the
 * petition-stage route (`POST /petitions/:id/extend-check`), whose extension the proceeding carries.
 */
export class ExtendPrelimCheckDto extends ProceedingVersionDto {
  @IsCheckExtensionGround()
  ground!: CheckExtensionGround;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Free-text note on the decision' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
}

/** Luật TC 2018 Điều 29 khoản 1 a–d: true where the condition is met. */
export class DenunciationConditionsDto {
  @ApiProperty() @IsBoolean() proper_form!: boolean;
  @ApiProperty() @IsBoolean() denouncer_capacity!: boolean;
  @ApiProperty() @IsBoolean() within_competence!: boolean;
  @ApiProperty() @IsBoolean() identifiable_violation!: boolean;
}

export class DenunciationChecklistInputDto extends ProceedingVersionDto {
  @ApiProperty({ type: DenunciationConditionsDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => DenunciationConditionsDto)
  conditions!: DenunciationConditionsDto;

  @ApiPropertyOptional({
    description: 'Grows out of a complaint lawfully resolved, against its resolver',
  })
  @IsOptional()
  @IsBoolean()
  arisesFromResolvedComplaint?: boolean;

  @ApiPropertyOptional({ description: 'Evidence of the resolver’s violation supplied (Đ29 k1 d)' })
  @IsOptional()
  @IsBoolean()
  evidenceAgainstResolver?: boolean;
}

export class AcceptDenunciationDto extends DenunciationChecklistInputDto {
  @ApiProperty({ type: SignerDto })
  @ValidateNested()
  @Type(() => SignerDto)
  signer!: SignerDto;

  @ApiPropertyOptional({ description: 'Ngày thụ lý (mặc định: hôm nay)' })
  @IsOptional()
  @IsLocalDate()
  acceptedOn?: string;

  @ApiPropertyOptional({ enum: DenunciationComplexity })
  @IsOptional()
  @IsEnum(DenunciationComplexity)
  complexity?: DenunciationComplexity;
}

export class RefuseDenunciationDto extends DenunciationChecklistInputDto {
  @ApiProperty({ type: SignerDto })
  @ValidateNested()
  @Type(() => SignerDto)
  signer!: SignerDto;

  @ApiPropertyOptional() @IsOptional() @IsLocalDate() refusedOn?: string;
}

export class TransferDenunciationDto extends DenunciationChecklistInputDto {
  @ApiProperty({ maxLength: 500, description: 'The competent body' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  transferTo!: string;

  @ApiPropertyOptional() @IsOptional() @IsLocalDate() transferredOn?: string;
}

export class MarkAnonymousDto extends ProceedingVersionDto {
  @ApiProperty({
    description: 'Đ25 k2: the content names the violator with specific, verifiable evidence',
  })
  @IsBoolean()
  specificInformation!: boolean;
}
