import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { CaseField, ContentType } from '../../cases/domain/case-enums';
import { Timeliness } from '../../decisions/domain/timeliness';
import { ExplanationStepDto } from '../../legal/dto/deadline-preview.response.dto';
import { PersonRefDto } from '../../persons/dto/person-ref.response.dto';
import type { OutcomeDueRule } from '../domain/outcome-timeliness';
import {
  HandlingOutcome,
  NotAcceptableGround,
  PetitionSource,
  PetitionStatus,
  ReportBucket,
  ResolutionStatus,
  SignatoryKind,
} from '../domain/petition-enums';

export class PetitionCaseRefDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'VV-2026-00012' }) code!: string;
}

export class PetitionDeadlineRuleDto {
  @ApiProperty({ example: 'D1' }) key!: string;
  @ApiProperty() version!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['calendar_days', 'working_days'] }) unit!: string;
  @ApiProperty() legalBasis!: string;
}

/** One deadline with the engine's explanation (DESIGN §4). */
export class PetitionDeadlineDto {
  @ApiProperty({ type: String, nullable: true }) dueOn!: string | null;
  @ApiProperty() totalDays!: number;
  @ApiProperty({ type: PetitionDeadlineRuleDto }) rule!: PetitionDeadlineRuleDto;
  @ApiProperty({ type: [ExplanationStepDto] }) explanation!: ExplanationStepDto[];
  @ApiProperty({ type: [String] }) warnings!: string[];
}

export class PetitionDeadlinesDto {
  @ApiProperty({ description: 'The date the worklists use (earliest deadline that applies)' })
  dueOn!: string;

  @ApiProperty({ description: 'Computed: due before today and not handled' })
  isOverdue!: boolean;

  @ApiProperty({ description: 'D1: xử lý đơn' }) handlingDueOn!: string;
  @ApiProperty({ type: String, nullable: true, description: 'D11: xử lý ban đầu tố cáo' })
  checkDueOn!: string | null;

  @ApiProperty() checkExtended!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'D12: chuyển tố cáo' })
  transferDueOn!: string | null;

  @ApiPropertyOptional({ type: PetitionDeadlineDto, description: 'Detail view and POST only' })
  handling?: PetitionDeadlineDto;

  @ApiPropertyOptional({ type: PetitionDeadlineDto, nullable: true })
  check?: PetitionDeadlineDto | null;

  @ApiPropertyOptional({ type: PetitionDeadlineDto, nullable: true })
  transfer?: PetitionDeadlineDto | null;
}

export class PetitionEligibilityDto {
  @ApiProperty({ description: 'Each condition of TT 05/2021 as checked' })
  items!: Record<string, boolean>;

  @ApiProperty({ type: Boolean, nullable: true }) isEligible!: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true }) isInCompetence!: boolean | null;
  @ApiProperty({ enum: ResolutionStatus, nullable: true })
  resolutionStatus!: ResolutionStatus | null;
}

export class PetitionOutcomeDto {
  @ApiProperty({ enum: HandlingOutcome }) code!: HandlingOutcome;
  @ApiProperty({ enum: ReportBucket }) reportBucket!: ReportBucket;
  @ApiProperty({ type: String, nullable: true }) handledOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) body!: string | null;
  @ApiProperty({ enum: NotAcceptableGround, nullable: true })
  notAcceptableGround!: NotAcceptableGround | null;

  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, nullable: true }) denouncerNotifiedOn!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['on_time', 'late'],
    description:
      "Whether the outcome kept its legal period (recorded on or before dueOn): a forwarded denunciation against D12 (Luật Tố cáo 2018 Điều 24(2)), a denunciation's other outcomes against D11 (Điều 24(1), with its extension), every other outcome against D1 (TT 05/2021: 10 working days); null without an outcome",
  })
  timeliness!: Timeliness | null;

  @ApiProperty({ type: String, nullable: true, description: 'The deadline judged against' })
  dueOn!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['D1', 'D11', 'D12'],
    example: 'D1',
    description: 'Its rule (DOMAIN §11)',
  })
  dueRule!: OutcomeDueRule | null;
}

/** A petition (đơn). Signatories by pseudonym; identity only where the vault allowed it. */
export class PetitionResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty() bookYear!: number;
  @ApiProperty({ description: 'Number in the agency’s petition book of the year' }) bookNo!: number;
  @ApiProperty() receivedOn!: string;
  @ApiProperty({ enum: PetitionSource }) source!: PetitionSource;
  @ApiProperty({ type: String, nullable: true }) senderBody!: string | null;
  @ApiProperty({ type: String, nullable: true }) dispatchNo!: string | null;
  @ApiProperty({ type: String, nullable: true }) dispatchOn!: string | null;
  @ApiProperty({ enum: ContentType }) type!: ContentType;
  @ApiProperty({ enum: CaseField }) field!: CaseField;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, nullable: true }) respondent!: string | null;
  @ApiProperty({ enum: SignatoryKind }) signatoryKind!: SignatoryKind;
  @ApiProperty() isAnonymous!: boolean;
  @ApiProperty({ type: [PersonRefDto] }) signatories!: PersonRefDto[];
  @ApiProperty({ type: PetitionCaseRefDto }) case!: PetitionCaseRefDto;
  @ApiProperty({ type: String, nullable: true }) visitId!: string | null;
  @ApiProperty({ type: String, nullable: true }) parentId!: string | null;
  @ApiProperty({ type: Number, nullable: true }) partNo!: number | null;
  @ApiProperty({ enum: PetitionStatus }) status!: PetitionStatus;
  @ApiProperty({ type: PetitionOutcomeDto, nullable: true }) outcome!: PetitionOutcomeDto | null;
  @ApiProperty({ type: PetitionEligibilityDto, nullable: true })
  eligibility!: PetitionEligibilityDto | null;

  @ApiProperty({ type: PetitionDeadlinesDto }) deadlines!: PetitionDeadlinesDto;
  @ApiProperty({ type: String, nullable: true }) handlerId!: string | null;
  @ApiProperty() createdBy!: string;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
}
