import { ApiProperty } from '@nestjs/swagger';

import { DenunciationKind } from '../domain/denunciation-enums';

export class ListedDenunciationDecisionDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'denunciation_conclusion, termination …' }) kind!: string;
  @ApiProperty({ example: '05/KL-TTTP' }) numberSymbol!: string;
  @ApiProperty() issuedOn!: string;
}

export class ListedDenunciationTerminationDto {
  @ApiProperty() cause!: string;
  @ApiProperty() on!: string;
}

/**
 * A line of GET /denunciations: no person at all — the denouncer's identity and pseudonym are
 * only in GET /denunciations/:id, through the identity vault (Luật Tố cáo 2018 Điều 9).
 */
export class DenunciationListItemDto {
  @ApiProperty() id!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ example: 'VV-2026-00012' }) caseCode!: string;
  @ApiProperty() petitionId!: string;
  @ApiProperty({ enum: DenunciationKind }) kind!: string;
  @ApiProperty() status!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty() receivedOn!: string;
  @ApiProperty({ type: String, nullable: true }) acceptedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) dueOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) concludedOn!: string | null;
  @ApiProperty({ type: ListedDenunciationTerminationDto, nullable: true })
  termination!: ListedDenunciationTerminationDto | null;

  @ApiProperty({ type: ListedDenunciationDecisionDto, nullable: true })
  decision!: ListedDenunciationDecisionDto | null;
}

export class DenunciationPageDto {
  @ApiProperty({ type: [DenunciationListItemDto] }) items!: DenunciationListItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty() limit!: number;
}
