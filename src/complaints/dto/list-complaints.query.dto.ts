import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsOptional } from 'class-validator';

import { PeriodPageQueryDto } from '../../common/http/period-page-query.dto';
import { listFiguresOf } from '../../statistics/figures/figure-sql';
import { ComplaintRound, ComplaintStatus } from '../domain/complaint-enums';

/** The statistics figures this list drills into (DESIGN §5): `?figure=complaints.resolved&from&to`. */
export const COMPLAINT_LIST_FIGURES: readonly string[] = listFiguresOf('complaints');

/**
 * GET /complaints: newest receipt first (received_on desc, id desc), filtered in SQL; from/to on
 * receivedOn, or with `figure` the figure's period. Investigators see their assignments only.
 */
export class ListComplaintsQueryDto extends PeriodPageQueryDto {
  @ApiPropertyOptional({ enum: ComplaintStatus })
  @IsOptional()
  @IsEnum(ComplaintStatus)
  status?: ComplaintStatus;

  @ApiPropertyOptional({ enum: ComplaintRound })
  @IsOptional()
  @IsEnum(ComplaintRound)
  round?: ComplaintRound;

  @ApiPropertyOptional({
    enum: COMPLAINT_LIST_FIGURES,
    description:
      'Exactly the proceedings counted by this statistics figure over [from, to] (both required)',
  })
  @IsOptional()
  @IsIn(COMPLAINT_LIST_FIGURES)
  figure?: string;
}
