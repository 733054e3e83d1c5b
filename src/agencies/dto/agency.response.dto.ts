import { ApiProperty } from '@nestjs/swagger';

import { AgencyKind, AgencyLevel, SuccessionKind } from '../domain/agency-enums';

export class SuccessionLinkDto {
  @ApiProperty({ description: 'The other unit of the link' }) agencyId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: SuccessionKind }) kind!: SuccessionKind;
  @ApiProperty({ example: '2025-07-01' }) effectiveOn!: string;
}

export class AgencyResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: AgencyLevel }) level!: AgencyLevel;
  @ApiProperty({ enum: AgencyKind }) kind!: AgencyKind;
  @ApiProperty({ type: String, nullable: true }) parentId!: string | null;
  @ApiProperty({ example: '2008-08-01' }) validFrom!: string;
  @ApiProperty({ type: String, nullable: true, example: '2025-06-30' }) validTo!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ type: [SuccessionLinkDto], description: 'Units this one succeeds' })
  predecessors!: SuccessionLinkDto[];

  @ApiProperty({ type: [SuccessionLinkDto], description: 'Units that succeed this one' })
  successors!: SuccessionLinkDto[];
}

/** One unit of the tree as of a date; the list is depth-first, parents before children. */
export class AgencyTreeItemDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: AgencyLevel }) level!: AgencyLevel;
  @ApiProperty({ enum: AgencyKind }) kind!: AgencyKind;
  @ApiProperty({ type: String, nullable: true }) parentId!: string | null;
  @ApiProperty({ description: '0 for a root' }) depth!: number;
  @ApiProperty() validFrom!: string;
  @ApiProperty({ type: String, nullable: true }) validTo!: string | null;
  @ApiProperty() version!: number;
}

export class AgencyTreeResponseDto {
  @ApiProperty({ example: '2025-07-01' }) asOf!: string;
  @ApiProperty({ type: [AgencyTreeItemDto] }) items!: AgencyTreeItemDto[];
}
