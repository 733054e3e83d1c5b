import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

import { PeriodQueryDto } from './list-sessions.query.dto';

export const BOOK_FORMATS = ['pdf', 'xlsx'] as const;
export type BookFormat = (typeof BOOK_FORMATS)[number];

/** GET /reception/book: the reception book (sổ tiếp công dân) of one agency for a period. */
export class ReceptionBookQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ enum: BOOK_FORMATS, default: 'pdf' })
  @IsOptional()
  @IsIn(BOOK_FORMATS)
  format?: BookFormat;
}
