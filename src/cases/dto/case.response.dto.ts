import { ApiProperty } from '@nestjs/swagger';

import { CaseField, ContentType } from '../domain/case-enums';

/** A case as other modules show it (no persons: they appear through their own records). */
export class CaseSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'VV-2026-00012' }) code!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty({ example: '2026-03-10' }) openedOn!: string;
  @ApiProperty({ enum: ContentType }) contentType!: ContentType;
  @ApiProperty({ enum: CaseField }) field!: CaseField;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, nullable: true }) respondent!: string | null;
  @ApiProperty() isConfidential!: boolean;
}

/** An existing case proposed for a new visit or petition of the same person(s). */
export class CaseCandidateDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() openedOn!: string;
  @ApiProperty({ enum: ContentType }) contentType!: ContentType;
  @ApiProperty({ enum: CaseField }) field!: CaseField;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, nullable: true }) respondent!: string | null;
  @ApiProperty() isConfidential!: boolean;
  @ApiProperty({ description: 'How many of the given persons raise this case' })
  sharedPersons!: number;

  @ApiProperty({ description: 'The case has the content type asked for' })
  isSameContentType!: boolean;
}
