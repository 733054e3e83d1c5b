import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { ExplanationStepDto } from '../../legal/dto/deadline-preview.response.dto';

/** A legal deadline as every GET shows it: the date, the rule version used and why. */
export class DeadlineViewDto {
  @ApiProperty({ example: 'D5' }) ruleKey!: string;
  @ApiProperty({ type: Number, nullable: true }) ruleVersion!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'null khi đang tạm đình chỉ' })
  dueOn!: string | null;

  @ApiPropertyOptional({ description: 'đang tạm đình chỉ: số ngày còn lại' })
  remainingDays?: number;

  /** Computed from the clock (DESIGN §4): due date passed and the step not done. */
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: [ExplanationStepDto] }) explanation!: ExplanationStepDto[];
}
