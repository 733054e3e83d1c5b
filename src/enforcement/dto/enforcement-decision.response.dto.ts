import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { ENFORCEMENT_TYPES } from '../../decisions/domain/recommended-measures';

// The answer of GET /enforcement/decisions/:id and of every enforcement write on a decision
// (open, progress, reopen): enforcement.mapper.ts `decisionView` builds it (and is checked
// against these classes). Amounts are decimal strings: whole đồng, or m² with ≤ 2 decimals.

/** What the decision requires of an item (its recommended measure, as given). */
export class EnforcementRequiredDto {
  @ApiPropertyOptional({ example: '2600000000', description: 'Whole đồng' }) amount?: string | null;

  @ApiPropertyOptional({ example: '2982.5', description: 'm²' }) area?: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) collectives?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) persons?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) officials?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) beneficiaries?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) description?: string | null;
}

/** One progress entry; voided ones stay listed (they no longer count). */
export class EnforcementProgressEntryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2026-03-10' }) on!: string;
  @ApiProperty({ example: 'BL-0012/2026' }) documentRef!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) note?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) amount?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, enum: ['VND', 'm2'] }) unit?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true }) overCollectionNote?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) measure?: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) collectives?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) persons?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) officials?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) cases?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) action?: string | null;
  @ApiProperty() voided!: boolean;
  @ApiProperty({ type: String, nullable: true }) voidedByReopeningId!: string | null;
}

/** A leader's reopening of a completed item (POST /enforcement/items/:id/reopen). */
export class EnforcementReopeningDto {
  @ApiProperty() id!: string;
  @ApiProperty() itemId!: string;
  @ApiProperty({ example: '2026-04-02' }) on!: string;
  @ApiProperty({
    description:
      "The leader's free-text reason as typed. Kept on this record only: the audit row of the reopening holds ids, codes and dates, never the reason",
  })
  reason!: string;

  @ApiProperty({ description: 'The leader (officer id)' }) byOfficerId!: string;
}

export class EnforcementItemResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) measureId!: string | null;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: ENFORCEMENT_TYPES }) type!: string;
  @ApiProperty({ enum: ['money', 'land', 'discipline', 'referral', 'other'] }) kind!: string;
  @ApiProperty({ type: String, nullable: true, enum: ['VND', 'm2'] }) unit!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['state', 'organisation', 'individual'] })
  beneficiary!: string | null;

  @ApiProperty({ type: EnforcementRequiredDto }) required!: EnforcementRequiredDto;
  @ApiProperty({ type: String, nullable: true }) responsibleBody!: string | null;
  @ApiProperty({ type: String, nullable: true }) dueOn!: string | null;
  @ApiProperty({ enum: ['not_started', 'in_progress', 'reopened', 'completed'] }) status!: string;
  @ApiProperty({ type: String, nullable: true }) completedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null for action items' })
  achieved!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'null for action items' })
  outstanding!: string | null;

  @ApiProperty() version!: number;
  @ApiProperty({ type: [EnforcementProgressEntryDto] }) progress!: EnforcementProgressEntryDto[];
  @ApiProperty({ type: [EnforcementReopeningDto] }) reopenings!: EnforcementReopeningDto[];
}

/** A tracked decision: its items with progress and reopenings, and its completion. */
export class EnforcementDecisionResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null for an imported decision' })
  decisionId!: string | null;

  @ApiProperty() agencyId!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ enum: ['system', 'import'] }) source!: string;
  @ApiProperty() numberSymbol!: string;
  @ApiProperty() issuedOn!: string;
  @ApiProperty() legalEffectOn!: string;
  @ApiProperty() enforcementStartedOn!: string;
  @ApiProperty() complete!: boolean;
  @ApiProperty({ type: String, nullable: true }) completedOn!: string | null;
  @ApiProperty({ type: [EnforcementItemResponseDto] }) items!: EnforcementItemResponseDto[];
}
