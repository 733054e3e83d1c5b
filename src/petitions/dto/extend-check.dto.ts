import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsInt, Min } from 'class-validator';

import { CheckExtensionGround } from '../domain/petition-enums';

/**
 * The ground of a D11 extension, one of Luật Tố cáo 2018 Điều 24 khoản 1's two: required, 400
 * `VALIDATION_FAILED` naming `ground` when missing or another value. Shared by the two routes
 * that extend a denunciation's preliminary check — `POST /petitions/:id/extend-check` (still a
 * petition) and `POST /denunciations/:id/extend-prelim-check` (the proceeding) — so that both
 * take and record the same codes.
 */
export function IsCheckExtensionGround(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      enum: CheckExtensionGround,
      description:
        'Luật Tố cáo 2018 Điều 24 khoản 1 — several_places: checks at several places; delegated: the check is delegated to a competent body',
    }),
    IsEnum(CheckExtensionGround),
  );
}

/**
 * `POST /petitions/:id/extend-check` (leaders): the 7 working days of a denunciation's
 * preliminary check (D11) run once up to 10, on a ground of Luật Tố cáo 2018 Điều 24 khoản 1.
 */
export class ExtendCheckDto {
  @ApiProperty({ description: 'The petition’s version as read' })
  @IsInt()
  @Min(1)
  version!: number;

  @IsCheckExtensionGround()
  ground!: CheckExtensionGround;
}
