import { Body, Controller, Get, Module, Param, Post, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DataSource } from 'typeorm';

import { Public } from '../../src/auth/auth.decorators';
import { IsLocalDate } from '../../src/common/http/is-local-date.decorator';
import { PageQueryDto } from '../../src/common/http/page-query.dto';
import { UuidParamPipe } from '../../src/common/http/uuid-param.pipe';

class ProbePersonDto {
  @IsString() @IsNotEmpty() @MaxLength(100) fullName!: string;
}

export class ProbeCreateDto {
  @IsString() @IsNotEmpty() @MaxLength(200) summary!: string;
  @IsIn(['complaint', 'denunciation']) kind!: string;
  @IsInt() @Min(1) @Max(1000) persons!: number;
  @IsUUID() agencyId!: string;
  @IsLocalDate() receivedOn!: string;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => ProbePersonDto)
  petitioners?: ProbePersonDto[];
}

/**
 * A test-only controller exercising the shared request pipeline (sanitising, validation, error
 * body, database error mapping) before real domain routes exist. Never part of the app.
 */
@Public()
@Controller('__probe')
class ProbeController {
  constructor(private readonly dataSource: DataSource) {}

  @Post()
  create(@Body() body: ProbeCreateDto) {
    return { received: body };
  }

  @Get('items/:id')
  get(@Param('id', UuidParamPipe) id: string) {
    return { id };
  }

  @Get('page')
  page(@Query() query: PageQueryDto) {
    return { limit: query.limit, cursor: query.cursor ?? null };
  }

  @Post('db/:sqlstate')
  async db(@Param('sqlstate') sqlstate: string) {
    const statements: Record<string, string> = {
      invalidText: "SELECT 'not-a-uuid'::uuid",
      outOfRange: 'SELECT 2147483648::int',
      check:
        'CREATE TEMP TABLE t (x int CONSTRAINT ck_t__x CHECK (x > 0)); INSERT INTO t VALUES (-1)',
      // Each text runs as one implicit transaction: the failing statement rolls the tables back.
      unique:
        'CREATE TEMP TABLE u (code text CONSTRAINT uq_u__code UNIQUE);' +
        " INSERT INTO u VALUES ('HN-01'), ('HN-01')",
      referenceMissing:
        'CREATE TEMP TABLE p (id int PRIMARY KEY);' +
        ' CREATE TEMP TABLE c (parent_id int CONSTRAINT fk_c__parent_id REFERENCES p (id));' +
        ' INSERT INTO c VALUES (1)',
      referenceInUse:
        'CREATE TEMP TABLE p (id int PRIMARY KEY);' +
        ' CREATE TEMP TABLE c (parent_id int CONSTRAINT fk_c__parent_id REFERENCES p (id));' +
        ' INSERT INTO p VALUES (1); INSERT INTO c VALUES (1); DELETE FROM p',
    };
    await this.dataSource.query(statements[sqlstate] ?? 'SELECT * FROM no_such_table');
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}
