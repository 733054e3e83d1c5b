import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { CaseField, ContentType } from '../../cases/domain/case-enums';

export class CandidateCaseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'VV-2026-00012' }) code!: string;
  @ApiProperty() openedOn!: string;
  @ApiProperty({ enum: ContentType }) contentType!: ContentType;
  @ApiProperty({ enum: CaseField }) field!: CaseField;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, nullable: true }) respondent!: string | null;
  @ApiProperty() isConfidential!: boolean;
  @ApiProperty() version!: number;
}

export class MatchReasonDto {
  @ApiProperty({ enum: ['same_person', 'similar_content', 'same_respondent'] }) kind!: string;
  @ApiProperty({ example: 'Cùng người đứng đơn (mã CD-2026-000123)' }) text!: string;
  @ApiProperty({ description: '1 for the same person; the text similarity otherwise' })
  weight!: number;

  @ApiPropertyOptional({ type: [String], description: 'Pseudonyms, never identities' })
  pseudonyms?: string[];
}

export class CaseCandidateItemDto {
  @ApiProperty({ type: CandidateCaseDto }) case!: CandidateCaseDto;
  @ApiProperty({ description: '0–1, highest first' }) score!: number;
  @ApiProperty({ type: [MatchReasonDto] }) reasons!: MatchReasonDto[];
}

export class CaseCandidatesResponseDto {
  @ApiProperty({ type: [CaseCandidateItemDto] }) items!: CaseCandidateItemDto[];
}
