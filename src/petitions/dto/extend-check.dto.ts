import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsInt, Min } from 'class-validator';

import { CheckExtensionGround } from '../domain/petition-enums';

/**
 * `POST /petitions/:id/extend-check` (leaders): the 7 working days of a denunciation's
 * preliminary check (D11) run once up to 10, on a ground of Luật Tố cáo 2018 Điều 24 khoản 1.
 */
export class ExtendCheckDto {
  @ApiProperty({ description: 'The petition’s version as read' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({
    enum: CheckExtensionGround,
    description:
      'several_places: checks at several places; delegated: the check is delegated to a competent body',
  })
  @IsEnum(CheckExtensionGround)
  ground!: CheckExtensionGround;
}
