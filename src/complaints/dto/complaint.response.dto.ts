import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { DecisionResponseDto } from '../../decisions/dto/decision.response.dto';
import { ExplanationStepDto } from '../../legal/dto/deadline-preview.response.dto';
import { DeadlineViewDto } from '../../resolutions/dto/deadline-view.dto';
import {
  ProceedingPersonDto,
  SuspensionResponseDto,
  VerificationTeamDto,
} from '../../resolutions/dto/proceeding-parts.dto';

export class GroundAnswerDto {
  @ApiProperty() ground!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ description: 'true: this ground of Điều 11 applies' }) applies!: boolean;
}

export class WithdrawalCoercionDto {
  @ApiProperty({ type: [String] }) withdrawalIds!: string[];
  @ApiProperty() reason!: string;
}

export class ComplaintChecklistDto {
  @ApiProperty() acceptable!: boolean;
  @ApiProperty() evaluatedOn!: string;
  @ApiProperty({ type: [GroundAnswerDto] }) grounds!: GroundAnswerDto[];
  @ApiProperty({ type: String, nullable: true, description: 'D2 (+ obstacles) or D7' })
  limitationDueOn!: string | null;

  @ApiProperty({ type: [ExplanationStepDto] }) limitationExplanation!: ExplanationStepDto[];

  @ApiProperty({
    type: WithdrawalCoercionDto,
    nullable: true,
    description: 'Luật 136/2025/QH15: earlier final withdrawals reconsidered as coerced',
  })
  withdrawalCoercion!: WithdrawalCoercionDto | null;
}

export class DialogueResponseDto {
  @ApiProperty() heldOn!: string;
  @ApiProperty() place!: string;
  @ApiProperty() chairedBy!: string;
  @ApiProperty() participants!: { name: string; role: string }[];
  @ApiProperty() minutes!: string;
  @ApiProperty({ type: String, nullable: true }) agreedPoints!: string | null;
}

export class ComplaintTerminationDto {
  @ApiProperty() cause!: string;
  @ApiProperty() causeLabel!: string;
  @ApiProperty() on!: string;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Withdrawals: may it come back?' })
  reconsiderable!: boolean | null;
}

export class ComplaintResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty() petitionId!: string;
  @ApiProperty({ enum: ['first', 'second'] }) round!: string;
  @ApiProperty({ type: String, nullable: true }) firstRoundId!: string | null;
  @ApiProperty() status!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty({ type: String, nullable: true }) resumeTo!: string | null;
  @ApiProperty() isComplex!: boolean;
  @ApiProperty({ type: String, nullable: true }) complexReason!: string | null;
  @ApiProperty() isRemote!: boolean;
  @ApiProperty({ type: String, nullable: true }) remoteReason!: string | null;
  @ApiProperty() receivedOn!: string;
  @ApiProperty({ type: String, nullable: true }) acceptedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) acceptanceTimeliness!: string | null;
  @ApiProperty({ type: DeadlineViewDto, description: 'D4' }) acceptanceDeadline!: DeadlineViewDto;
  @ApiProperty({ type: ComplaintChecklistDto, nullable: true })
  checklist!: ComplaintChecklistDto | null;

  @ApiProperty({ type: DeadlineViewDto, nullable: true, description: 'D5 or D8' })
  deadline!: DeadlineViewDto | null;

  @ApiProperty({ type: VerificationTeamDto }) verification!: VerificationTeamDto;
  @ApiProperty({ type: Boolean, nullable: true }) demandsDifferFromVerification!: boolean | null;
  @ApiProperty({ type: [DialogueResponseDto] }) dialogues!: DialogueResponseDto[];
  @ApiProperty({ type: [SuspensionResponseDto] }) suspensions!: SuspensionResponseDto[];
  @ApiPropertyOptional() lawsuit?: { court: string; filedOn: string };
  @ApiProperty({ type: ComplaintTerminationDto, nullable: true })
  termination!: ComplaintTerminationDto | null;

  @ApiProperty({ type: [DecisionResponseDto] }) decisions!: DecisionResponseDto[];
  @ApiProperty({ type: [ProceedingPersonDto] }) complainants!: ProceedingPersonDto[];
  @ApiProperty() version!: number;
}
