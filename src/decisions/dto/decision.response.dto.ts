import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { ExplanationStepDto } from '../../legal/dto/deadline-preview.response.dto';

export class MeasureResponseDto {
  @ApiProperty() type!: string;
  @ApiProperty() typeLabel!: string;
  @ApiProperty({ type: String, nullable: true }) amount!: string | null;
  @ApiProperty({ type: String, nullable: true }) area!: string | null;
  @ApiProperty({ type: Number, nullable: true }) collectives!: number | null;
  @ApiProperty({ type: Number, nullable: true }) persons!: number | null;
  @ApiProperty({ type: Number, nullable: true }) officials!: number | null;
  @ApiProperty({ type: Number, nullable: true }) beneficiaries!: number | null;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
}

export class DecisionResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() kindLabel!: string;
  @ApiProperty({ example: '05/QĐ-TTTP' }) numberSymbol!: string;
  @ApiProperty() issuedOn!: string;
  @ApiProperty() signerName!: string;
  @ApiProperty() signerTitle!: string;
  @ApiProperty({ type: String, nullable: true }) outcome!: string | null;
  @ApiPropertyOptional() outcomeLabel?: string;
  @ApiProperty({ type: String, nullable: true }) contentConclusion!: string | null;
  @ApiProperty() isDeliberatelyFalse!: boolean;
  @ApiProperty({ type: String, nullable: true }) reasoning!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'D9; null while blocked' })
  legalEffectOn!: string | null;

  @ApiProperty({ type: [ExplanationStepDto] }) legalEffectExplanation!: ExplanationStepDto[];
  @ApiProperty({ type: String, nullable: true, enum: ['on_time', 'late'] })
  timeliness!: string | null;

  @ApiProperty({ type: String, nullable: true }) dueOn!: string | null;
  @ApiProperty({ type: [MeasureResponseDto] }) measures!: MeasureResponseDto[];
}
