import { ApiProperty } from '@nestjs/swagger';

import { SessionStatus } from '../domain/reception-session-status';

export class SessionResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty() headName!: string;
  @ApiProperty() headTitle!: string;
  @ApiProperty() plannedOn!: string;
  @ApiProperty() place!: string;
  @ApiProperty({ enum: SessionStatus }) status!: SessionStatus;
  @ApiProperty({ type: String, nullable: true }) heldOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty({
    description: 'Visits recorded in this session (GET /reception/visits?sessionId=)',
  })
  visitCount!: number;

  @ApiProperty() createdBy!: string;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class ComplianceUnitDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: 'The whole month/week lies in the period (else not assessed)' })
  isWhole!: boolean;

  @ApiProperty() requiredDays!: number;
  @ApiProperty() heldDays!: number;
  @ApiProperty({ type: Boolean, nullable: true }) isMet!: boolean | null;
}

export class ComplianceAgencyDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() level!: string;
  @ApiProperty() kind!: string;
}

export class ComplianceRuleDto {
  @ApiProperty({ example: 'D17' }) key!: string;
  @ApiProperty() version!: number;
  @ApiProperty() title!: string;
  @ApiProperty() legalBasis!: string;
}

/** GET /reception/sessions/compliance: the law's minimum head reception days vs held sessions. */
export class ComplianceResponseDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: ComplianceAgencyDto }) agency!: ComplianceAgencyDto;
  @ApiProperty({ type: ComplianceRuleDto }) rule!: ComplianceRuleDto;
  @ApiProperty({ enum: ['month', 'week'] }) unit!: 'month' | 'week';
  @ApiProperty({ description: 'Least days per unit' }) minDaysPerUnit!: number;
  @ApiProperty({ description: 'The article setting the minimum for this agency' })
  legalBasis!: string;

  @ApiProperty() requiredDays!: number;
  @ApiProperty({ description: 'Distinct days with a held session' }) heldDays!: number;
  @ApiProperty() plannedSessions!: number;
  @ApiProperty() heldSessions!: number;
  @ApiProperty() cancelledSessions!: number;
  @ApiProperty({ type: Boolean, nullable: true }) isCompliant!: boolean | null;
  @ApiProperty({ type: ComplianceUnitDto, isArray: true }) units!: ComplianceUnitDto[];
}
