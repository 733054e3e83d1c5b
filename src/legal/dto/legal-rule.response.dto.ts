import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LegalRuleResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'D5' }) key!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ example: 'Giải quyết khiếu nại lần đầu kể từ ngày thụ lý' }) title!: string;
  @ApiProperty({ enum: ['calendar_days', 'working_days'], nullable: true, type: String })
  unit!: string | null;
  @ApiProperty({ type: Number, nullable: true }) normalDays!: number | null;
  @ApiProperty({ type: Number, nullable: true }) complexDays!: number | null;
  @ApiProperty({ type: Number, nullable: true }) remoteDays!: number | null;
  @ApiProperty({ type: Number, nullable: true }) remoteComplexDays!: number | null;
  @ApiProperty({ type: Number, nullable: true }) extensionDays!: number | null;
  @ApiProperty() maxExtensions!: number;
  @ApiProperty({ type: Number, nullable: true }) complexExtensionDays!: number | null;
  @ApiProperty({ example: 'Luật Khiếu nại 2011, Điều 28' }) legalBasis!: string;
  @ApiProperty({ example: '2012-07-01' }) effectiveFrom!: string;
  @ApiProperty({ type: String, nullable: true }) effectiveTo!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
}

export class LegalRulesInForceResponseDto {
  @ApiProperty({ example: '2026-03-10', description: 'the date the rules are in force on' })
  on!: string;

  @ApiProperty({ type: [LegalRuleResponseDto] }) items!: LegalRuleResponseDto[];
}
