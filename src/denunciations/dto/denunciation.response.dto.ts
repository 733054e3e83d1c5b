import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { DecisionResponseDto } from '../../decisions/dto/decision.response.dto';
import { CheckExtensionGround } from '../../petitions/domain/petition-enums';
import { DeadlineViewDto } from '../../resolutions/dto/deadline-view.dto';
import {
  ProceedingPersonDto,
  SuspensionResponseDto,
  VerificationTeamDto,
} from '../../resolutions/dto/proceeding-parts.dto';

export class ConditionAnswerDto {
  @ApiProperty() condition!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ description: 'true: the condition of Điều 29 k1 is met' }) met!: boolean;
}

export class DenunciationChecklistDto {
  @ApiProperty({ enum: ['accept', 'transfer', 'refuse'] }) route!: string;
  @ApiProperty() evaluatedOn!: string;
  @ApiProperty({ type: [ConditionAnswerDto] }) conditions!: ConditionAnswerDto[];
}

export class ExtensionResponseDto {
  @ApiProperty() seq!: number;
  @ApiProperty() decisionId!: string;
  @ApiProperty() decidedOn!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() complexity!: string;
  @ApiProperty() previousDueOn!: string;
  @ApiProperty({ type: String, nullable: true }) newDueOn!: string | null;
}

/**
 * The one extension of the preliminary check (D11: 7 → 10 working days from receipt, Luật Tố cáo
 * 2018 Điều 24 khoản 1), granted by a leader at the petition stage or in the proceeding.
 */
export class PrelimExtensionResponseDto {
  @ApiProperty({
    enum: ['petition', 'proceeding'],
    nullable: true,
    description:
      'petition: granted at the petition stage (POST /petitions/:id/extend-check) and carried over when the proceeding opened; proceeding: POST /denunciations/:id/extend-prelim-check',
  })
  stage!: 'petition' | 'proceeding' | null;

  @ApiProperty({
    description: 'D11 as extended (also prelimDeadline.dueOn)',
    example: '2026-03-24',
  })
  dueOn!: string;

  @ApiProperty({
    enum: CheckExtensionGround,
    nullable: true,
    description:
      'Đ24 k1: several_places (checks at several places) or delegated (the check is delegated); null for an extension recorded before grounds were taken',
  })
  ground!: CheckExtensionGround | null;

  @ApiProperty({ type: String, nullable: true, description: 'The ground in Vietnamese' })
  groundLabel!: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The leader who granted it (officer id)',
  })
  decidedBy!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The day it was granted' })
  decidedOn!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The leader’s free-text note (reason of extend-prelim-check); kept on the proceeding only, not in its history or the audit trail',
  })
  note!: string | null;
}

export class DenunciationWithdrawalDto {
  @ApiProperty() on!: string;
  @ApiProperty() stopsCase!: boolean;
  @ApiProperty({ type: [String] }) continuesBecause!: string[];
  @ApiProperty({ type: [String] }) continuesBecauseLabels!: string[];
}

export class DenunciationResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty() petitionId!: string;
  @ApiProperty({ enum: ['first', 're_resolution'] }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) firstId!: string | null;
  @ApiProperty({ type: String, nullable: true }) followUpBasis!: string | null;
  @ApiProperty() status!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty({ type: String, nullable: true }) resumeTo!: string | null;
  @ApiProperty() isAnonymous!: boolean;
  @ApiProperty() complexity!: string;
  @ApiProperty() receivedOn!: string;
  @ApiProperty({ type: DeadlineViewDto, description: 'D11' }) prelimDeadline!: DeadlineViewDto;
  @ApiProperty({
    description: 'D11 was extended (once, Luật Tố cáo 2018 Điều 24 khoản 1), here or as a petition',
  })
  prelimExtended!: boolean;

  @ApiProperty({
    type: PrelimExtensionResponseDto,
    nullable: true,
    description: 'The extension of D11: null when not extended',
  })
  prelimExtension!: PrelimExtensionResponseDto | null;

  @ApiProperty({ type: DenunciationChecklistDto, nullable: true })
  checklist!: DenunciationChecklistDto | null;

  @ApiProperty({ type: String, nullable: true }) acceptanceTimeliness!: string | null;
  @ApiProperty({ type: String, nullable: true }) acceptedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'D13' }) noticeDueOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) transferredTo!: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) usableAsInformation!: boolean | null;
  @ApiProperty({ type: DeadlineViewDto, nullable: true, description: 'D14' })
  deadline!: DeadlineViewDto | null;

  @ApiProperty() extensionCount!: number;
  @ApiProperty({ type: [ExtensionResponseDto] }) extensions!: ExtensionResponseDto[];
  @ApiProperty({ type: VerificationTeamDto }) verification!: VerificationTeamDto;
  @ApiProperty({ type: [SuspensionResponseDto] }) suspensions!: SuspensionResponseDto[];
  @ApiProperty() isDeliberatelyFalse!: boolean;
  @ApiProperty({ type: String, nullable: true }) concludedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'D15' })
  conclusionNoticeDueOn!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'D16' }) handlingDueOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) handledOn!: string | null;
  @ApiPropertyOptional({ type: DenunciationWithdrawalDto }) withdrawal?: DenunciationWithdrawalDto;
  @ApiProperty({ type: String, nullable: true }) terminationCause!: string | null;
  @ApiProperty({ type: String, nullable: true }) terminatedOn!: string | null;
  @ApiProperty({ type: [DecisionResponseDto] }) decisions!: DecisionResponseDto[];
  @ApiProperty({
    type: [ProceedingPersonDto],
    description:
      'By pseudonym; the identity only where the vault allows (never investigators without a grant)',
  })
  denouncers!: ProceedingPersonDto[];

  @ApiProperty() version!: number;
}
