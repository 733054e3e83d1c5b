import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { PasswordHasher } from '../common/crypto/password-hasher';
import { notFound, validationFailed } from '../common/errors/common-errors';
import type { Page } from '../common/http/page';
import { authMessagesVi } from '../common/i18n/auth-messages.vi';
import { Clock } from '../common/time/clock';
import { runInTransaction } from '../database/transaction';
import { AccessScopeService } from '../scope/access-scope.service';
import type { CreateOfficerDto } from './dto/create-officer.dto';
import type { ListOfficersQueryDto } from './dto/list-officers.query.dto';
import type { OfficerResponseDto } from './dto/officer.response.dto';
import type { OfficerEntity } from './officer.entity';
import { toOfficerResponse } from './officer.mapper';
import { assertRoleSet } from './domain/role-set';
import { OfficersRepository } from './officers.repository';

/** Reading and creating accounts. Changes to an existing account: OfficerAccountService. */
@Injectable()
export class OfficersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly officers: OfficersRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly scope: AccessScopeService,
    private readonly clock: Clock,
  ) {}

  async create(ctx: ActionContext, dto: CreateOfficerDto): Promise<OfficerResponseDto> {
    assertRoleSet(dto.roles);
    if (ctx.actor) await this.scope.assertVisible(ctx.actor, dto.agencyId, 'cơ quan');
    const passwordHash = await this.hasher.hash(dto.password);
    const officer = await runInTransaction(this.dataSource, async (manager) => {
      await this.assertAgencyValid(manager, dto.agencyId);
      const created = await this.officers.insert(manager, {
        username: dto.username,
        fullName: dto.fullName,
        agencyId: dto.agencyId,
        roles: dto.roles,
        passwordHash,
      });
      await this.audit.record(manager, {
        actorId: ctx.actor?.id ?? null,
        action: 'officer.create',
        entityType: 'officer',
        entityId: created.id,
        agencyId: created.agencyId,
        requestId: ctx.requestId,
        data: { username: created.username, roles: created.roles },
      });
      return created;
    });
    return toOfficerResponse(officer);
  }

  async get(viewer: AuthenticatedOfficer, id: string): Promise<OfficerResponseDto> {
    return toOfficerResponse(await this.getVisible(viewer, id));
  }

  async list(
    viewer: AuthenticatedOfficer,
    q: ListOfficersQueryDto,
  ): Promise<Page<OfficerResponseDto>> {
    const agencyIds = await this.scope.agencyIdsFor(viewer);
    const page = await this.officers.list({
      agencyIds,
      limit: q.limit,
      cursor: q.cursor,
      search: q.q,
    });
    return { ...page, items: page.items.map(toOfficerResponse) };
  }

  /** For login: the account with its secrets, or null. */
  findForLogin(username: string): Promise<OfficerEntity | null> {
    return this.officers.findByUsername(username.trim().toLowerCase());
  }

  async getVisible(viewer: AuthenticatedOfficer, id: string, manager?: EntityManager) {
    const officer = await this.officers.findById(id, manager);
    if (!officer || !(await this.scope.canSee(viewer, officer.agencyId))) {
      throw notFound(authMessagesVi.officerNotFound);
    }
    return officer;
  }

  private async assertAgencyValid(manager: EntityManager, agencyId: string): Promise<void> {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM agency WHERE id = $1 AND (valid_to IS NULL OR valid_to >= $2)',
      [agencyId, this.clock.today()],
    );
    if (rows.length === 0) {
      const message = authMessagesVi.agencyUnknown;
      throw validationFailed([{ field: 'agencyId', code: 'unknownAgency', message }]);
    }
  }
}
