import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ExplanationStepDto {
  @ApiProperty({
    enum: ['rule', 'start', 'count', 'skip', 'extension', 'suspension', 'roll_forward', 'due'],
  })
  kind!: string;

  @ApiProperty({ example: 'Ngày bắt đầu Thứ Ba 20/01/2026 không tính; …' }) text!: string;
  @ApiPropertyOptional() date?: string;
  @ApiPropertyOptional() from?: string;
  @ApiPropertyOptional() to?: string;
  @ApiPropertyOptional() days?: number;
}

export class DeadlineRuleDto {
  @ApiProperty({ example: 'D5' }) key!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 30, description: 'số ngày áp dụng cho trường hợp này, trước gia hạn' })
  value!: number;

  @ApiProperty({ enum: ['calendar_days', 'working_days'] }) unit!: string;
  @ApiProperty({ example: 'Luật Khiếu nại 2011, Điều 28' }) legalBasis!: string;
}

export class DeadlinePreviewResponseDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-02-23',
    description: 'null khi đang tạm đình chỉ',
  })
  dueOn!: string | null;

  @ApiProperty({ example: '2026-01-20' }) start!: string;
  @ApiProperty({ example: 30, description: 'tổng số ngày, kể cả gia hạn' }) totalDays!: number;
  @ApiPropertyOptional({ description: 'khi đang tạm đình chỉ: số ngày còn lại' })
  remainingDays?: number;

  @ApiProperty({ type: DeadlineRuleDto }) rule!: DeadlineRuleDto;
  @ApiProperty({ type: [ExplanationStepDto] }) explanation!: ExplanationStepDto[];
  @ApiProperty({ type: [String], description: 'cảnh báo, ví dụ năm chưa có lịch nghỉ lễ' })
  warnings!: string[];
}
