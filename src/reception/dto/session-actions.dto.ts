import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';

/** Every change of a session carries the version the editor read (409 when stale). */
export class SessionVersionDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}

export class HoldSessionDto extends SessionVersionDto {
  @ApiProperty({ example: '2026-03-17', description: 'The day it was held; not after today' })
  @IsLocalDate()
  heldOn!: string;
}

export class CancelSessionDto extends SessionVersionDto {
  @ApiProperty({ maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
