import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { CaseField, ContentType } from '../../cases/domain/case-enums';
import { IsLocalDate } from '../../common/http/is-local-date.decorator';
import { PersonKind } from '../../persons/domain/person-enums';
import { PersonIdentityInputDto } from '../../persons/dto/create-person.dto';
import { PetitionSource, SignatoryKind } from '../domain/petition-enums';

export const MAX_SIGNATORIES = 100;

/** One signatory: exactly one of an existing person's id, an ID number, or a new identity. */
export class SignatoryInputDto {
  @ApiPropertyOptional({ description: 'An existing person (in the officer’s scope)' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({ description: 'An existing person, found by the ID number (blind index)' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  idNumber?: string;

  @ApiPropertyOptional({ enum: PersonKind, default: PersonKind.Citizen })
  @IsOptional()
  @IsEnum(PersonKind)
  kind?: PersonKind;

  @ApiPropertyOptional({
    type: PersonIdentityInputDto,
    description: 'A new person; an ID number already registered reuses that person',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonIdentityInputDto)
  identity?: PersonIdentityInputDto;
}

/** `POST /petitions`: register a petition from any source (DOMAIN §3.1–3.2). */
export class RegisterPetitionDto {
  @ApiProperty({ example: '2026-03-09', description: 'Ngày nhận đơn; not after today' })
  @IsLocalDate()
  receivedOn!: string;

  @ApiProperty({ enum: PetitionSource })
  @IsEnum(PetitionSource)
  source!: PetitionSource;

  @ApiPropertyOptional({ example: 'Văn phòng Đoàn ĐBQH và HĐND thành phố Hà Nội' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  senderBody?: string;

  @ApiPropertyOptional({ example: '125/VP-DN', description: 'Số văn bản chuyển đơn' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  dispatchNo?: string;

  @ApiPropertyOptional({ example: '2026-03-05', description: 'Ngày văn bản chuyển đơn' })
  @IsOptional()
  @IsLocalDate()
  dispatchOn?: string;

  @ApiProperty({ enum: SignatoryKind })
  @IsEnum(SignatoryKind)
  signatoryKind!: SignatoryKind;

  @ApiPropertyOptional({ default: false, description: 'Đơn nặc danh (signatoryKind other)' })
  @IsOptional()
  @IsBoolean()
  isAnonymous?: boolean;

  @ApiPropertyOptional({ type: [SignatoryInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SIGNATORIES)
  @ValidateNested({ each: true })
  @Type(() => SignatoryInputDto)
  signatories?: SignatoryInputDto[];

  @ApiProperty({ enum: ContentType })
  @IsEnum(ContentType)
  type!: ContentType;

  @ApiProperty({ enum: CaseField, description: 'Within the axes of the type (DOMAIN §3.2)' })
  @IsEnum(CaseField)
  field!: CaseField;

  @ApiPropertyOptional({ description: 'Người, cơ quan bị khiếu nại, tố cáo' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  respondent?: string;

  @ApiProperty({ example: 'Khiếu nại quyết định thu hồi đất số 12/QĐ-UBND' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  summary!: string;

  @ApiPropertyOptional({ description: 'Attach to this existing case (vụ việc)' })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ description: 'Open a new case instead' })
  @IsOptional()
  @IsBoolean()
  newCase?: boolean;
}
