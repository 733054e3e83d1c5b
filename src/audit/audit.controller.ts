import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import { CurrentOfficer, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Permission } from '../auth/permission';
import type { Page } from '../common/http/page';
import { AccessScopeService } from '../scope/access-scope.service';
import { AuditVerifier, type AuditVerification } from './audit-verifier';
import { AuditService } from './audit.service';
import type { AuditEventResponse } from './dto/audit-event.response';
import { auditFilterOf } from './dto/audit-list-filter';
import { AuditListQueryDto } from './dto/audit-list-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly verifier: AuditVerifier,
    private readonly scope: AccessScopeService,
  ) {}

  @Get()
  @RequirePermission(Permission.AuditRead)
  @ApiOkResponse({
    description: 'Page<AuditEventResponse>, newest first; ?entity=&id= for one record',
  })
  async list(
    @CurrentOfficer() viewer: AuthenticatedOfficer,
    @Query() query: AuditListQueryDto,
  ): Promise<Page<AuditEventResponse>> {
    // Leaders: events of their agency's subtree; admins: every agency.
    const filter = auditFilterOf(query);
    return this.audit.list(filter, await this.scope.agencyIdsFor(viewer));
  }

  @Get('verify')
  @RequirePermission(Permission.AuditVerify)
  @ApiOkResponse({
    description:
      '{ ok, rows, headHash, unsealed: { rows, oldestAgeMs } } or { ok: false, rows, firstBrokenSeq, reason }',
  })
  verify(): Promise<AuditVerification> {
    return this.verifier.verify();
  }
}
