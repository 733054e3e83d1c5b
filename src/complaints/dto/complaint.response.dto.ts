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

export class DialogueParticipantResponseDto {
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'Người khiếu nại' }) role!: string;
}

export class DialogueResponseDto {
  @ApiProperty() heldOn!: string;
  @ApiProperty() place!: string;
  @ApiProperty() chairedBy!: string;
  @ApiProperty({ type: [DialogueParticipantResponseDto] })
  participants!: DialogueParticipantResponseDto[];

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

/** The lawsuit recorded (POST /complaints/:id/record-lawsuit; Luật KN Đ7). */
export class LawsuitResponseDto {
  @ApiProperty({ example: 'Tòa án nhân dân thành phố Hà Nội' }) court!: string;
  @ApiProperty({ description: 'The day the court accepted it' }) filedOn!: string;
}

/**
 * A challenge that ended without being decided (POST /complaints/:id/drop-challenge; Luật KN Đ7,
 * Đ33, Đ44): the round-2 complaint was not accepted, or the court returned the lawsuit.
 */
export class DroppedChallengeResponseDto {
  @ApiProperty({ enum: ['second_round', 'lawsuit'] }) challenge!: string;
  @ApiProperty({ example: 'Khởi kiện vụ án hành chính tại Tòa án' }) challengeLabel!: string;
  @ApiProperty({ description: 'The day the leader recorded it' }) droppedOn!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'lawsuit: the court as recorded (null for steps recorded before it was kept)',
  })
  lawsuitCourt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'lawsuit: the day it was accepted' })
  lawsuitFiledOn!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "The leader's free-text reason as typed (drop-challenge `reason`). Kept on this record only: never in the step's event or audit row",
  })
  reason!: string | null;

  @ApiProperty({ description: 'The leader who recorded it (officer id)' }) droppedBy!: string;
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
  @ApiPropertyOptional({
    type: LawsuitResponseDto,
    description: 'While a lawsuit is recorded (in court); a returned one is in droppedChallenges',
  })
  lawsuit?: LawsuitResponseDto;

  @ApiProperty({
    type: [DroppedChallengeResponseDto],
    description: 'Round-2 complaints not accepted and lawsuits returned, oldest first',
  })
  droppedChallenges!: DroppedChallengeResponseDto[];

  @ApiProperty({ type: ComplaintTerminationDto, nullable: true })
  termination!: ComplaintTerminationDto | null;

  @ApiProperty({ type: [DecisionResponseDto] }) decisions!: DecisionResponseDto[];
  @ApiProperty({ type: [ProceedingPersonDto] }) complainants!: ProceedingPersonDto[];
  @ApiProperty() version!: number;
}
