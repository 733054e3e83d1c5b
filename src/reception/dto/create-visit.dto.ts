import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { CaseField, ContentType } from '../../cases/domain/case-enums';
import { IsLocalDate } from '../../common/http/is-local-date.decorator';
import { PersonKind } from '../../persons/domain/person-enums';
import { PersonIdentityInputDto } from '../../persons/dto/create-person.dto';
import { ReceptionKind, RefusalGround, VisitOutcome } from '../domain/reception-enums';

export const MAX_LISTED_VISITORS = 50;
export const MAX_HANDED_OVER_DOCUMENTS = 100;

export class PresidingHeadDto {
  @ApiProperty({ example: 'Trần Văn Bình' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  @ApiProperty({ example: 'Chánh Thanh tra thành phố' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  title!: string;
}

export class RefusalNoticeDto {
  @ApiProperty({ example: '12/TB-TTTP' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  number!: string;

  @ApiProperty({ example: '2026-02-01' })
  @IsLocalDate()
  issuedOn!: string;
}

/** A document the citizen handed over (a line of the receipt, giấy biên nhận). */
export class HandedOverDocumentDto {
  @ApiProperty({ maxLength: 500, example: 'Đơn khiếu nại ngày 01/3/2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 10_000, description: 'Số tờ' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  pages?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, description: 'Số bản' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  copies?: number;

  @ApiPropertyOptional({ description: 'true: bản chính; false: bản sao; absent: not stated' })
  @IsOptional()
  @IsBoolean()
  original?: boolean;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

/** One listed visitor: exactly one of an existing person's id, an ID number, or a new identity. */
export class VisitorInputDto {
  @ApiPropertyOptional({ description: 'An existing person' })
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

/** POST /reception/visits: one visit as the reception book records it (DOMAIN.md §2.2). */
export class CreateVisitDto {
  @ApiProperty({ example: '2026-03-10T08:30:00+07:00', description: 'Not in the future' })
  @IsISO8601({ strict: true })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/)
  receivedAt!: string;

  @ApiProperty({ enum: ReceptionKind })
  @IsEnum(ReceptionKind)
  receptionKind!: ReceptionKind;

  @ApiPropertyOptional({
    type: PresidingHeadDto,
    description: 'Head kinds; default: the session head',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PresidingHeadDto)
  presidingHead?: PresidingHeadDto;

  @ApiPropertyOptional({ description: 'Head receptions: the session (kỳ tiếp) of the same agency' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiProperty({ minimum: 1, description: 'How many persons came (số người)' })
  @IsInt()
  @Min(1)
  @Max(10_000)
  personsCount!: number;

  @ApiProperty({ description: 'Đoàn đông người: true exactly when personsCount ≥ 5' })
  @IsBoolean()
  isDelegation!: boolean;

  @ApiProperty({ type: VisitorInputDto, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LISTED_VISITORS)
  @ValidateNested({ each: true })
  @Type(() => VisitorInputDto)
  visitors!: VisitorInputDto[];

  @ApiPropertyOptional({
    type: Number,
    isArray: true,
    description: 'Positions (0-based) in `visitors` of the representatives',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LISTED_VISITORS)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(999, { each: true })
  representatives?: number[];

  @ApiPropertyOptional({
    type: HandedOverDocumentDto,
    isArray: true,
    maxItems: MAX_HANDED_OVER_DOCUMENTS,
    description: 'Documents the citizen handed over, listed on the receipt',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_HANDED_OVER_DOCUMENTS)
  @ValidateNested({ each: true })
  @Type(() => HandedOverDocumentDto)
  handedOverDocuments?: HandedOverDocumentDto[];

  @ApiProperty({ enum: ContentType })
  @IsEnum(ContentType)
  contentType!: ContentType;

  @ApiProperty({ enum: CaseField })
  @IsEnum(CaseField)
  field!: CaseField;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  summary!: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'Cơ quan đã giải quyết' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  earlierHandlingBody?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  earlierDecisionNo?: string;

  @ApiProperty({ enum: VisitOutcome })
  @IsEnum(VisitOutcome)
  outcome!: VisitOutcome;

  @ApiPropertyOptional({ enum: RefusalGround, description: 'Required exactly when refused' })
  @IsOptional()
  @IsEnum(RefusalGround)
  refusalGround?: RefusalGround;

  @ApiPropertyOptional({ type: RefusalNoticeDto, description: 'Ground repeated_resolved_matter' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RefusalNoticeDto)
  refusalNotice?: RefusalNoticeDto;

  @ApiPropertyOptional({ maxLength: 500, description: 'Outcome guided: where to' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  guidedTo?: string;

  @ApiPropertyOptional({
    maxLength: 1000,
    description: 'Outcome guided: why the matter is outside this agency’s competence',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  guidanceReason?: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'Outcome forwarded: to whom' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  forwardedTo?: string;

  @ApiPropertyOptional({
    description: 'An existing case in scope (see /reception/case-candidates)',
  })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ description: 'Open a new case instead' })
  @IsOptional()
  @IsBoolean()
  newCase?: boolean;

  @ApiPropertyOptional({ maxLength: 500, description: 'New case: who or what is complained about' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  respondent?: string;
}
