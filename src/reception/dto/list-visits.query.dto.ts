import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsOptional, IsUUID } from 'class-validator';

import { ContentType } from '../../cases/domain/case-enums';
import { PeriodPageQueryDto } from '../../common/http/period-page-query.dto';
import { queryBoolean } from '../../common/http/query-transforms';
import { ReceptionKind, VisitOutcome } from '../domain/reception-enums';
import { listFiguresOf } from '../../statistics/figures/figure-sql';

/** The statistics figures this list drills into (DESIGN §5): `?figure=reception.visits&from&to`. */
export const VISIT_LIST_FIGURES: readonly string[] = listFiguresOf('visits');

/** GET /reception/visits: newest first (visit_on desc, id desc), filtered in SQL; from/to on visitOn. */
export class ListVisitsQueryDto extends PeriodPageQueryDto {
  @ApiPropertyOptional({ enum: ReceptionKind })
  @IsOptional()
  @IsEnum(ReceptionKind)
  receptionKind?: ReceptionKind;

  @ApiPropertyOptional({ enum: ContentType })
  @IsOptional()
  @IsEnum(ContentType)
  contentType?: ContentType;

  @ApiPropertyOptional({ enum: VisitOutcome })
  @IsOptional()
  @IsEnum(VisitOutcome)
  outcome?: VisitOutcome;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  isDelegation?: boolean;

  @ApiPropertyOptional({
    description: 'The head’s reception session (kỳ tiếp) the visits belong to',
  })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiPropertyOptional({ description: 'The receiving officer' })
  @IsOptional()
  @IsUUID()
  officerId?: string;

  @ApiPropertyOptional({
    enum: VISIT_LIST_FIGURES,
    description:
      'Exactly the visits counted by this statistics figure over [from, to] (both required)',
  })
  @IsOptional()
  @IsIn(VISIT_LIST_FIGURES)
  figure?: string;
}
