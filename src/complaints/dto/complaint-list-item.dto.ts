import { ApiProperty } from '@nestjs/swagger';

import { ComplaintRound } from '../domain/complaint-enums';

export class ListedComplaintDecisionDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'complaint_first_round, complaint_second_round, termination …' })
  kind!: string;

  @ApiProperty({ example: '05/QĐ-TTTP' }) numberSymbol!: string;
  @ApiProperty() issuedOn!: string;
}

export class ListedTerminationDto {
  @ApiProperty() cause!: string;
  @ApiProperty() on!: string;
}

/** A line of GET /complaints: no complainant (GET /complaints/:id shows them). */
export class ComplaintListItemDto {
  @ApiProperty() id!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ example: 'VV-2026-00012' }) caseCode!: string;
  @ApiProperty() petitionId!: string;
  @ApiProperty({ enum: ComplaintRound }) round!: string;
  @ApiProperty() status!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty() receivedOn!: string;
  @ApiProperty({ type: String, nullable: true }) acceptedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'D5 or D8' }) dueOn!: string | null;
  @ApiProperty({ type: ListedTerminationDto, nullable: true })
  termination!: ListedTerminationDto | null;

  @ApiProperty({ type: ListedComplaintDecisionDto, nullable: true })
  decision!: ListedComplaintDecisionDto | null;
}

export class ComplaintPageDto {
  @ApiProperty({ type: [ComplaintListItemDto] }) items!: ComplaintListItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty() limit!: number;
}
