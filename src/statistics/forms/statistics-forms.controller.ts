import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';

import { CurrentOfficer, RequirePermission } from '../../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../../auth/authenticated-officer';
import { Permission } from '../../auth/permission';
import { FormQueryDto } from './form-query.dto';
import { StatisticsFormsService } from './statistics-forms.service';

/** The official forms 01/TCD … 04/KQGQ (DOMAIN §7.2) as JSON, XLSX or PDF. */
@ApiTags('statistics')
@ApiBearerAuth()
@Controller('statistics/forms')
export class StatisticsFormsController {
  constructor(private readonly forms: StatisticsFormsService) {}

  @Get(':code')
  @ApiProduces(
    'application/json',
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @RequirePermission(Permission.StatisticsRead)
  async form(
    @CurrentOfficer() officer: AuthenticatedOfficer,
    @Param('code') code: string,
    @Query() query: FormQueryDto,
  ) {
    const out = await this.forms.form(officer, code, query);
    if (out.kind === 'json') return out.body;
    return new StreamableFile(out.body, {
      type: out.contentType,
      disposition: `attachment; filename="${out.fileName}"`,
    });
  }
}
