import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';

import { ContentType } from '../../cases/domain/case-enums';
import { PeriodPageQueryDto } from '../../common/http/period-page-query.dto';
import { queryBoolean } from '../../common/http/query-transforms';
import { ReceptionKind, VisitOutcome } from '../domain/reception-enums';

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

  @ApiPropertyOptional({ description: 'The receiving officer' })
  @IsOptional()
  @IsUUID()
  officerId?: string;
}
