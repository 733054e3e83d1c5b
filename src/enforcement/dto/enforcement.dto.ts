import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { queryInt } from '../../common/http/query-transforms';

// Request bodies and queries of the enforcement routes. Amounts are decimal strings ('2600000000'
// đồng, '840.5' m²), never JSON numbers; the domain checks each field and names it (400).

export class RecordProgressDto {
  @ApiProperty({ description: 'The item version read (409 STALE_VERSION otherwise)' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ example: '2026-03-10' })
  @IsString()
  on!: string;

  @ApiProperty({ example: 'BL-0012/2026' })
  @IsString()
  documentRef!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() note?: string | null;

  @ApiPropertyOptional({ example: '150000000', description: 'Whole đồng or m² (≤ 2 decimals)' })
  @IsOptional()
  @IsString()
  amount?: string | null;

  @ApiPropertyOptional({ enum: ['VND', 'm2'] }) @IsOptional() @IsString() unit?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsString() overCollectionNote?: string | null;

  @ApiPropertyOptional({ description: 'Discipline: the measure taken' })
  @IsOptional()
  @IsString()
  measure?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsInt() collectives?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() persons?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() officials?: number | null;

  @ApiPropertyOptional({ description: 'Referral: criminal cases opened' })
  @IsOptional()
  @IsInt()
  cases?: number | null;

  @ApiPropertyOptional({ description: 'Other measures: the action taken' })
  @IsOptional()
  @IsString()
  action?: string | null;
}

export class ReopenItemDto {
  @ApiProperty() @IsInt() @Min(1) version!: number;

  @ApiProperty() @IsString() reason!: string;

  @ApiProperty({ type: [String], description: 'The progress entries that no longer stand' })
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true })
  voidEntryIds!: string[];

  @ApiPropertyOptional({ example: '2026-03-10', description: 'Defaults to today' })
  @IsOptional()
  @IsString()
  on?: string;
}

export class OutstandingQueryDto {
  @ApiPropertyOptional({ description: 'This agency and its subtree, within the viewer’s scope' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: ['age', 'amount'] })
  @IsOptional()
  @IsIn(['age', 'amount'])
  sort?: 'age' | 'amount';

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ description: 'Only decisions with an open item of this body' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  responsibleBody?: string;

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Transform(queryInt)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (same sort and order)' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  @Matches(/^[A-Za-z0-9_-]+$/)
  cursor?: string;
}

export class FiguresQueryDto {
  @ApiProperty({ example: '2026-01-01' }) @IsString() @IsNotEmpty() from!: string;
  @ApiProperty({ example: '2026-06-30' }) @IsString() @IsNotEmpty() to!: string;

  @ApiPropertyOptional({ description: 'This agency and its subtree (default: the viewer’s)' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

/** Base64 of the largest import file accepted (10,000 rows). */
export const MAX_IMPORT_BASE64 = 16 * 1024 * 1024;
export const IMPORT_BODY_LIMIT = MAX_IMPORT_BASE64 + 64 * 1024;

export class ImportEnforcementDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  @IsIn(['csv', 'xlsx'])
  format!: 'csv' | 'xlsx';

  @ApiProperty({ description: 'The file, base64' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_IMPORT_BASE64)
  contentBase64!: string;
}
