import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsOptional } from 'class-validator';

import { PeriodPageQueryDto } from '../../common/http/period-page-query.dto';
import { listFiguresOf } from '../../statistics/figures/figure-sql';
import { DenunciationKind, DenunciationStatus } from '../domain/denunciation-enums';

/** The statistics figures this list drills into (DESIGN §5): `?figure=denunciations.resolved&from&to`. */
export const DENUNCIATION_LIST_FIGURES: readonly string[] = listFiguresOf('denunciations');

/**
 * GET /denunciations: newest receipt first (received_on desc, id desc), filtered in SQL; from/to
 * on receivedOn, or with `figure` the figure's period. Investigators see their assignments only.
 */
export class ListDenunciationsQueryDto extends PeriodPageQueryDto {
  @ApiPropertyOptional({ enum: DenunciationStatus })
  @IsOptional()
  @IsEnum(DenunciationStatus)
  status?: DenunciationStatus;

  @ApiPropertyOptional({ enum: DenunciationKind })
  @IsOptional()
  @IsEnum(DenunciationKind)
  kind?: DenunciationKind;

  @ApiPropertyOptional({
    enum: DENUNCIATION_LIST_FIGURES,
    description:
      'Exactly the proceedings counted by this statistics figure over [from, to] (both required)',
  })
  @IsOptional()
  @IsIn(DENUNCIATION_LIST_FIGURES)
  figure?: string;
}
