import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { SessionStatus } from '../domain/reception-session-status';

/** GET /reception/sessions: newest planned day first. */
export class ListSessionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'plannedOn ≥ from' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ description: 'plannedOn ≤ to' })
  @IsOptional()
  @IsLocalDate()
  to?: string;

  @ApiPropertyOptional({ description: 'This agency and its subtree, within scope' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: SessionStatus })
  @IsOptional()
  @IsEnum(SessionStatus)
  status?: SessionStatus;
}

/** A period and one agency (default: the viewer's own). */
export class PeriodQueryDto {
  @ApiProperty({ example: '2026-01-01' })
  @IsLocalDate()
  from!: string;

  @ApiProperty({ example: '2026-03-31' })
  @IsLocalDate()
  to!: string;

  @ApiPropertyOptional({ description: 'Default: the viewer’s agency; any agency in scope' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}
