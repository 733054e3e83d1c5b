import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';

import { PageQueryDto } from '../../common/http/page-query.dto';
import { QueryBoolean } from '../../common/http/query-transforms';
import { ProceedingType } from '../domain/proceeding-enums';
import { DeadlineViewDto } from './deadline-view.dto';

/** Filters combine (AND); every line carries its current deadline with the explanation. */
export class WorklistQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Proceedings I lead, am a member of, or opened' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ description: 'Due within N working days from today (legal calendar)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(250)
  dueWithin?: number;

  @ApiPropertyOptional({ description: 'Current deadline passed (computed, never stored)' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({
    description:
      'Waiting for my approval (acceptance, assignment, extension, decision); empty for a viewer without resolution.approve',
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  awaitingApproval?: boolean;

  @ApiPropertyOptional({ enum: ProceedingType })
  @IsOptional()
  @IsEnum(ProceedingType)
  type?: ProceedingType;
}

export class WorklistItemDto {
  @ApiProperty({ enum: ProceedingType }) type!: ProceedingType;
  @ApiProperty() id!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ example: 'VV-2026-00012' }) caseCode!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty({ description: 'round (complaints) or kind (denunciations)' }) variant!: string;
  @ApiProperty() status!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty() assignedToMe!: boolean;
  @ApiProperty() awaitingApproval!: boolean;
  @ApiProperty({ type: DeadlineViewDto, nullable: true }) deadline!: DeadlineViewDto | null;
}

export class WorklistPageDto {
  @ApiProperty({ type: [WorklistItemDto] }) items!: WorklistItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty() limit!: number;
}

export class TimelineEventDto {
  @ApiProperty({ enum: ProceedingType }) proceedingType!: string;
  @ApiProperty() proceedingId!: string;
  @ApiProperty() action!: string;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty() occurredAt!: string;
  @ApiProperty() actedOn!: string;
  @ApiProperty() legalBasis!: string;
  @ApiProperty({ type: String, nullable: true }) fromStatus!: string | null;
  @ApiProperty({ type: String, nullable: true }) toStatus!: string | null;
  @ApiProperty() data!: Record<string, unknown>;
}

export class CaseTimelineDto {
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: [TimelineEventDto] }) events!: TimelineEventDto[];
}
