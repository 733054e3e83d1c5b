import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsUUID, ValidateIf } from 'class-validator';

import { PersonRecordType } from '../domain/person-enums';

const either = (o: RecordContextQueryDto) => o.recordType !== undefined || o.recordId !== undefined;

/**
 * `?recordType=&recordId=` (both or neither): the record on whose behalf the identity is read.
 * For a confidential record only that record gives the right (DESIGN.md §7), and an access grant
 * works only on the record or case it was approved for.
 */
export class RecordContextQueryDto {
  @ApiPropertyOptional({ enum: PersonRecordType })
  @ValidateIf(either)
  @IsEnum(PersonRecordType)
  recordType?: PersonRecordType;

  @ApiPropertyOptional({ description: 'The record (visit, petition, proceeding …)' })
  @ValidateIf(either)
  @IsUUID()
  recordId?: string;
}
