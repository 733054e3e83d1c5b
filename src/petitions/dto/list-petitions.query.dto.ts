import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { CaseField, ContentType } from '../../cases/domain/case-enums';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { PeriodPageQueryDto } from '../../common/http/period-page-query.dto';
import { HandlingOutcome, PetitionSource, PetitionStatus } from '../domain/petition-enums';
import { queryBoolean, queryInt } from '../../common/http/query-transforms';
import { listFiguresOf } from '../../statistics/figures/figure-sql';

/** The statistics figures this list drills into (DESIGN §5): `?figure=petitions.received&from&to`. */
export const PETITION_LIST_FIGURES: readonly string[] = listFiguresOf('petitions');

/** GET /petitions: newest first (received_on desc, id desc), every filter applied in SQL; from/to on receivedOn. */
export class ListPetitionsQueryDto extends PeriodPageQueryDto {
  @ApiPropertyOptional({ enum: PetitionSource })
  @IsOptional()
  @IsEnum(PetitionSource)
  source?: PetitionSource;

  @ApiPropertyOptional({ enum: ContentType })
  @IsOptional()
  @IsEnum(ContentType)
  type?: ContentType;

  @ApiPropertyOptional({ enum: CaseField })
  @IsOptional()
  @IsEnum(CaseField)
  field?: CaseField;

  @ApiPropertyOptional({ enum: HandlingOutcome })
  @IsOptional()
  @IsEnum(HandlingOutcome)
  outcome?: HandlingOutcome;

  @ApiPropertyOptional({ enum: PetitionStatus })
  @IsOptional()
  @IsEnum(PetitionStatus)
  status?: PetitionStatus;

  @ApiPropertyOptional({ type: Boolean, description: 'Due before today and not handled' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({
    type: Boolean,
    description:
      "Outcomes recorded after their legal period (outcome.timeliness = late): D1 (TT 05/2021), a denunciation's D11 or, forwarded, D12 (Luật Tố cáo 2018 Điều 24(1), (2)); false: all others, open petitions included",
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  late?: boolean;

  @ApiPropertyOptional({ description: 'The officer who registered it' })
  @IsOptional()
  @IsUUID()
  officerId?: string;

  @ApiPropertyOptional({ description: 'The officer who handles it' })
  @IsOptional()
  @IsUUID()
  handlerId?: string;

  @ApiPropertyOptional({ description: 'Words of the summary, with or without diacritics' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  text?: string;

  @ApiPropertyOptional({
    enum: PETITION_LIST_FIGURES,
    description:
      'Exactly the petitions counted by this statistics figure over [from, to] (both required)',
  })
  @IsOptional()
  @IsIn(PETITION_LIST_FIGURES)
  figure?: string;
}

/** GET /petitions/worklist: open petitions by due date, soonest first. */
export class PetitionWorklistQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 3, description: 'Due within this many working days from today' })
  @IsOptional()
  @Transform(queryInt)
  @IsInt()
  @Min(0)
  @Max(60)
  due?: number;

  @ApiPropertyOptional({ type: Boolean, description: 'Only petitions already overdue' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'This agency and its subtree, within the viewer’s scope' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ description: 'Petitions assigned to this handler' })
  @IsOptional()
  @IsUUID()
  handlerId?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Petitions assigned to me' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  mine?: boolean;
}
