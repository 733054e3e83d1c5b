import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import type { Role } from '../auth/role';
import { PasswordHasher } from '../common/crypto/password-hasher';
import { notFound } from '../common/errors/common-errors';
import { authMessagesVi } from '../common/i18n/auth-messages.vi';
import { runInTransaction } from '../database/transaction';
import { updateWithVersion } from '../database/optimistic-update';
import type { OfficerResponseDto } from './dto/officer.response.dto';
import { toOfficerResponse } from './officer.mapper';
import { OfficersRepository } from './officers.repository';
import { assertNotSelf, assertRoleSet } from './domain/role-set';
import { OfficersService } from './officers.service';

interface AccountChange {
  id: string;
  version: number;
  action: string;
  set: Record<string, unknown>;
  /** Non-personal summary for the audit row. */
  data: Record<string, unknown>;
  clearLockout?: boolean;
}

/**
 * Changes to an existing account. Each bumps `token_version`, so every token issued before the
 * change stops working at once (disable, role change, password reset, re-enable).
 */
@Injectable()
export class OfficerAccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly officers: OfficersRepository,
    private readonly reader: OfficersService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  disable(ctx: ActionContext, id: string, version: number) {
    return this.change(ctx, {
      id,
      version,
      action: 'officer.disable',
      set: { is_disabled: true },
      data: {},
    });
  }

  enable(ctx: ActionContext, id: string, version: number) {
    return this.change(ctx, {
      id,
      version,
      action: 'officer.enable',
      set: { is_disabled: false },
      data: {},
    });
  }

  changeRoles(ctx: ActionContext, id: string, version: number, roles: Role[]) {
    assertRoleSet(roles);
    const set = { roles };
    return this.change(ctx, { id, version, action: 'officer.change_roles', set, data: { roles } });
  }

  async resetPassword(ctx: ActionContext, id: string, version: number, password: string) {
    const set = { password_hash: await this.hasher.hash(password) };
    const change = { id, version, action: 'officer.reset_password', set, data: {} };
    return this.change(ctx, { ...change, clearLockout: true });
  }

  private async change(ctx: ActionContext, c: AccountChange): Promise<OfficerResponseDto> {
    if (c.action !== 'officer.enable') assertNotSelf(ctx.actor?.id, c.id);
    if (ctx.actor) await this.reader.getVisible(ctx.actor, c.id);
    const officer = await runInTransaction(this.dataSource, async (manager) => {
      await updateWithVersion(manager, {
        table: 'officer',
        id: c.id,
        version: c.version,
        set: c.set,
        increment: ['token_version'],
        notFound: () => notFound(authMessagesVi.officerNotFound),
      });
      const updated = await this.officers.findById(c.id, manager);
      if (c.clearLockout && updated) {
        await manager.query('DELETE FROM login_throttle WHERE username = $1', [updated.username]);
      }
      await this.audit.record(manager, {
        actorId: ctx.actor?.id ?? null,
        action: c.action,
        entityType: 'officer',
        entityId: c.id,
        agencyId: updated?.agencyId ?? null,
        requestId: ctx.requestId,
        data: c.data,
      });
      return updated!;
    });
    return toOfficerResponse(officer);
  }
}
