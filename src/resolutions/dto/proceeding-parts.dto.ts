import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { PersonIdentityDto } from '../../persons/dto/person-ref.response.dto';

/** A person of the proceeding: the pseudonym always, the identity only in GETs the vault allows. */
export class ProceedingPersonDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'CD-2026-000123' }) pseudonym!: string;
  @ApiProperty() role!: string;
  @ApiPropertyOptional({ type: PersonIdentityDto }) identity?: PersonIdentityDto;
}

export class VerificationRecordResponseDto {
  @ApiProperty() kind!: string;
  @ApiProperty() kindLabel!: string;
  @ApiProperty() recordedOn!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, nullable: true }) documents!: string | null;
  @ApiProperty({ type: String, nullable: true }) recommendation!: string | null;
}

export class SuspensionResponseDto {
  @ApiProperty() suspendedOn!: string;
  @ApiProperty({ type: String, nullable: true }) resumedOn!: string | null;
  @ApiProperty() reason!: string;
}

export class VerificationTeamDto {
  @ApiProperty({ type: String, nullable: true }) leadId!: string | null;
  @ApiProperty({ type: [String] }) memberIds!: string[];
  @ApiProperty({ type: String, nullable: true }) decisionId!: string | null;
  @ApiProperty() hasReport!: boolean;
  @ApiProperty({ type: [VerificationRecordResponseDto] }) records!: VerificationRecordResponseDto[];
}
