import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';

import { ContentType } from '../../cases/domain/case-enums';

/** `a,b` or `personIds=a&personIds=b` → ['a', 'b']. */
const idList = ({ value }: { value: unknown }): unknown => {
  const parts: unknown[] = Array.isArray(value) ? (value as unknown[]) : [value];
  return parts.flatMap((p) => (typeof p === 'string' ? p.split(',') : [p])).filter((p) => p !== '');
};

/** GET /reception/case-candidates: existing cases of the same person(s) at the viewer's agency. */
export class CaseCandidatesQueryDto {
  @ApiProperty({ type: String, description: 'Comma-separated person ids' })
  @Transform(idList)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  personIds!: string[];

  @ApiPropertyOptional({ enum: ContentType, description: 'Cases of this type come first' })
  @IsOptional()
  @IsEnum(ContentType)
  contentType?: ContentType;
}
