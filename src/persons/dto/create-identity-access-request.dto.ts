import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';

import { MIN_ACCESS_REASON_LENGTH } from '../domain/access-request-status';
import { PersonRecordType } from '../domain/person-enums';

/**
 * `POST /persons/:id/identity-access-requests`: why the investigator needs the identity, and for
 * what — exactly one of a record (`recordType` + `recordId`) or a case (`caseId`) they work on.
 */
export class CreateIdentityAccessRequestDto {
  @ApiProperty({ minLength: MIN_ACCESS_REASON_LENGTH, maxLength: 2000 })
  @IsString()
  @MinLength(MIN_ACCESS_REASON_LENGTH)
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ enum: PersonRecordType, description: 'With recordId' })
  @ValidateIf((o: CreateIdentityAccessRequestDto) => o.recordId !== undefined)
  @IsEnum(PersonRecordType)
  recordType?: PersonRecordType;

  @ApiPropertyOptional({ description: 'The record the person is linked to, in your scope' })
  @ValidateIf((o: CreateIdentityAccessRequestDto) => o.recordType !== undefined)
  @IsUUID()
  recordId?: string;

  @ApiPropertyOptional({ description: 'Or: the case (vụ việc), covering its records' })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}
