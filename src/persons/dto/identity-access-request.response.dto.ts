import { ApiProperty } from '@nestjs/swagger';

import { AccessRequestStatus } from '../domain/access-request-status';
import { PersonRecordType } from '../domain/person-enums';

export class IdentityAccessRequestResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() personId!: string;
  @ApiProperty({ example: 'CD-2026-000123' }) pseudonym!: string;
  @ApiProperty() requesterId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: PersonRecordType, nullable: true }) recordType!: PersonRecordType | null;
  @ApiProperty({ nullable: true }) recordId!: string | null;
  @ApiProperty({ nullable: true }) caseId!: string | null;
  @ApiProperty({ nullable: true, description: 'Agency of that record or case' })
  agencyId!: string | null;
  @ApiProperty({ enum: AccessRequestStatus }) status!: AccessRequestStatus;
  @ApiProperty({ nullable: true }) decidedBy!: string | null;
  @ApiProperty({ nullable: true }) decidedAt!: string | null;
  @ApiProperty({ nullable: true }) decisionNote!: string | null;
  @ApiProperty({ nullable: true, description: 'Approved requests: when the access ends' })
  expiresAt!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() version!: number;
}
