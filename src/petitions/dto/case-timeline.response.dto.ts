import { ApiProperty } from '@nestjs/swagger';

import { CaseField, ContentType } from '../../cases/domain/case-enums';

export class TimelineCaseDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty() openedOn!: string;
  @ApiProperty({ enum: ContentType }) contentType!: ContentType;
  @ApiProperty({ enum: CaseField }) field!: CaseField;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, nullable: true }) respondent!: string | null;
  @ApiProperty() isConfidential!: boolean;
  @ApiProperty({ type: String, nullable: true }) mergedIntoId!: string | null;
  @ApiProperty() version!: number;
}

export class TimelineItemDto {
  @ApiProperty({ enum: ['petition', 'visit', 'event', 'merge'] }) kind!: string;
  @ApiProperty({ example: '2026-03-10' }) on!: string;
  @ApiProperty() at!: string;
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'The case the record belongs to (a merged case keeps its own)' })
  caseId!: string;

  @ApiProperty() caseCode!: string;
  @ApiProperty({
    description:
      'Numbers, types, statuses and summaries, and the competent body a handling step names (`body`) and the note typed on it (`note`); never identity',
  })
  detail!: Record<string, unknown>;
}

/** GET /cases/:id/timeline: petitions, visits and handling steps of the case, in order. */
export class CaseTimelineResponseDto {
  @ApiProperty({ type: TimelineCaseDto }) case!: TimelineCaseDto;
  @ApiProperty({ type: [TimelineItemDto] }) items!: TimelineItemDto[];
}
