import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';

/** POST /reception/sessions: a head's reception session on a day (kỳ tiếp). */
export class PlanSessionDto {
  @ApiPropertyOptional({ description: 'Default: the leader’s own agency; any agency in scope' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiProperty({ example: 'Nguyễn Văn Hùng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  headName!: string;

  @ApiProperty({ example: 'Chánh Thanh tra thành phố' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  headTitle!: string;

  @ApiProperty({ example: '2026-03-17' })
  @IsLocalDate()
  plannedOn!: string;

  @ApiProperty({ example: 'Trụ sở Tiếp công dân thành phố, 1 Tôn Thất Thuyết' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  place!: string;
}
