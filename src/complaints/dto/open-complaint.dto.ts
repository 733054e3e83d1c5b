import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

import { ComplaintRound } from '../domain/complaint-enums';

/** Takes over a petition proposed for acceptance: the proceeding opens in `received` (D4 runs). */
export class OpenComplaintDto {
  @ApiProperty()
  @IsUUID()
  petitionId!: string;

  @ApiPropertyOptional({ enum: ComplaintRound, default: ComplaintRound.First })
  @IsOptional()
  @IsEnum(ComplaintRound)
  round?: ComplaintRound;

  @ApiPropertyOptional({ description: 'Round 2: the round-1 proceeding it challenges' })
  @IsOptional()
  @IsUUID()
  firstRoundId?: string;
}
