import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { DecisionResponseDto } from '../../decisions/dto/decision.response.dto';
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
