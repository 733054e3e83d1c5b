import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';
import { NotAcceptableGround, ResolutionStatus } from '../domain/petition-enums';
import { PetitionAction } from '../domain/petition-status';

/** Actions an officer takes here (split has its own route; `accept` is the resolution modules'). */
export const HANDLING_ACTIONS = Object.values(PetitionAction).filter(
  (a) => a !== PetitionAction.Accept && a !== PetitionAction.Split,
);

/** The conditions of TT 05/2021 (DOMAIN §3.3), answered one by one. */
export class EligibilityItemsDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() vietnamese?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() dated?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() identified?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() signed?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() contentClear?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() notHandledBefore?: boolean;
  @ApiPropertyOptional({ description: 'Complaints of several persons' })
  @IsOptional()
  @IsBoolean()
  representativesAppointed?: boolean;
}

/** A reply (văn bản phúc đáp) received for a forwarded petition. */
export class ReplyDto {
  @ApiProperty({ example: 'UBND phường Hoàn Kiếm' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  fromBody!: string;

  @ApiProperty({ example: '45/UBND-TTr' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  replyNo!: string;

  @ApiProperty({ example: '2026-04-02' })
  @IsLocalDate()
  replyOn!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  summary?: string;
}

/** `POST /petitions/:id/handling`: one named action, with the details it needs. */
export class HandlePetitionDto {
  @ApiProperty({
    enum: HANDLING_ACTIONS,
    description:
      'extend_check is the leader’s decision at POST /petitions/:id/extend-check: here 403 (400 for a leader)',
  })
  @IsIn(HANDLING_ACTIONS)
  action!: PetitionAction;

  @ApiProperty({ description: 'The petition’s version as read' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ type: EligibilityItemsDto, description: 'check' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EligibilityItemsDto)
  items?: EligibilityItemsDto;

  @ApiPropertyOptional({ description: 'check: thuộc thẩm quyền giải quyết' })
  @IsOptional()
  @IsBoolean()
  inCompetence?: boolean;

  @ApiPropertyOptional({ enum: ResolutionStatus, description: 'check' })
  @IsOptional()
  @IsEnum(ResolutionStatus)
  resolutionStatus?: ResolutionStatus;

  @ApiPropertyOptional({ description: 'guide, forward, urge, refer_*: the competent body' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  body?: string;

  @ApiPropertyOptional({ enum: NotAcceptableGround, description: 'not_acceptable' })
  @IsOptional()
  @IsEnum(NotAcceptableGround)
  ground?: NotAcceptableGround;

  @ApiPropertyOptional({ description: 'forward (denunciation): the denouncer was told on' })
  @IsOptional()
  @IsLocalDate()
  denouncerNotifiedOn?: string;

  @ApiPropertyOptional({ type: ReplyDto, description: 'record_reply' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReplyDto)
  reply?: ReplyDto;

  @ApiPropertyOptional({ description: 'Reasons, remarks (no personal data)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string;
}
