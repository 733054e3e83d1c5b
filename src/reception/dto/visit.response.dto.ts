import { ApiProperty } from '@nestjs/swagger';

import { CaseField, ContentType } from '../../cases/domain/case-enums';
import { PersonRefDto } from '../../persons/dto/person-ref.response.dto';
import { ReceptionKind, RefusalGround, VisitorRole, VisitOutcome } from '../domain/reception-enums';

/** A listed visitor: the pseudonym always; the identity only where the vault allowed it. */
export class VisitVisitorDto extends PersonRefDto {
  @ApiProperty({ enum: VisitorRole }) role!: VisitorRole;
}

export class PresidingHeadResponseDto {
  @ApiProperty() name!: string;
  @ApiProperty() title!: string;
}

export class RefusalNoticeResponseDto {
  @ApiProperty() number!: string;
  @ApiProperty() issuedOn!: string;
}

export class VisitCaseRefDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'VV-2026-00012' }) code!: string;
}

export class VisitPetitionRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() bookYear!: number;
  @ApiProperty() bookNo!: number;
  @ApiProperty({ description: 'D1: due date of the handling' }) handlingDueOn!: string;
}

/** A document the citizen handed over (a line of the receipt). */
export class HandedOverDocumentResponseDto {
  @ApiProperty() title!: string;
  @ApiProperty({ type: Number, nullable: true }) pages!: number | null;
  @ApiProperty({ type: Number, nullable: true }) copies!: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'true: bản chính; false: bản sao' })
  original!: boolean | null;

  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

/** A visit (lượt tiếp), in lists and alone. */
export class VisitResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty() bookYear!: number;
  @ApiProperty({ description: 'STT in the reception book of the agency and year' })
  visitNo!: number;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ example: '2026-03-10' }) visitOn!: string;
  @ApiProperty({ enum: ReceptionKind }) receptionKind!: ReceptionKind;
  @ApiProperty() receivingOfficerId!: string;
  @ApiProperty({ type: PresidingHeadResponseDto, nullable: true })
  presidingHead!: PresidingHeadResponseDto | null;

  @ApiProperty({ type: String, nullable: true }) sessionId!: string | null;
  @ApiProperty() personsCount!: number;
  @ApiProperty() isDelegation!: boolean;
  @ApiProperty({ type: VisitVisitorDto, isArray: true }) visitors!: VisitVisitorDto[];
  @ApiProperty({ enum: ContentType }) contentType!: ContentType;
  @ApiProperty({ enum: CaseField }) field!: CaseField;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, nullable: true }) earlierHandlingBody!: string | null;
  @ApiProperty({ type: String, nullable: true }) earlierDecisionNo!: string | null;
  @ApiProperty({ enum: VisitOutcome }) outcome!: VisitOutcome;
  @ApiProperty({ enum: RefusalGround, nullable: true }) refusalGround!: RefusalGround | null;
  @ApiProperty({ type: RefusalNoticeResponseDto, nullable: true })
  refusalNotice!: RefusalNoticeResponseDto | null;

  @ApiProperty({ type: String, nullable: true }) guidedTo!: string | null;
  @ApiProperty({ type: String, nullable: true }) guidanceReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) forwardedTo!: string | null;
  @ApiProperty({ type: HandedOverDocumentResponseDto, isArray: true })
  handedOverDocuments!: HandedOverDocumentResponseDto[];

  @ApiProperty({ type: VisitCaseRefDto }) case!: VisitCaseRefDto;
  @ApiProperty({ description: 'Computed: no earlier visit of the case at this agency' })
  isFirstTime!: boolean;

  @ApiProperty({ type: VisitPetitionRefDto, nullable: true }) petition!: VisitPetitionRefDto | null;
  @ApiProperty() createdBy!: string;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
}
