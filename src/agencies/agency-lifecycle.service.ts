import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import { staleVersion } from '../common/errors/common-errors';
import { updateWithVersion } from '../database/optimistic-update';
import { runInTransaction } from '../database/transaction';
import { agencyAuditEntry } from './agency-audit';
import { AgencyRepository, lockParent } from './agency.repository';
import { AgencyEntity } from './agency.entity';
import { AgenciesService } from './agencies.service';
import { agencyErrors, throwIfViolated } from './domain/agency-errors';
import { checkPlacement } from './domain/agency-placement';
import { checkChildrenEndBy, checkClose } from './domain/agency-validity';
import type { CloseAgencyDto, RenameAgencyDto } from './dto/agency-actions.dto';
import type { AgencyResponseDto } from './dto/agency.response.dto';
import type { CreateAgencyDto } from './dto/create-agency.dto';

/** Creating, renaming and closing a unit: each in one transaction with its audit row. */
@Injectable()
export class AgencyLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agencies: AgencyRepository,
    private readonly reads: AgenciesService,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: ActionContext, dto: CreateAgencyDto): Promise<AgencyResponseDto> {
    return runInTransaction(this.dataSource, async (manager) => {
      const parentId = dto.parentId ?? null;
      const parent = await lockParent(this.agencies, manager, parentId, 'parentId');
      const validTo = dto.validTo ?? null;
      throwIfViolated(
        checkPlacement({ level: dto.level, validFrom: dto.validFrom, validTo }, parent),
      );
      const { code, name, level, kind, validFrom } = dto;
      const values = { code, name, level, kind, parentId, validFrom, validTo };
      const agency = await this.agencies.insert(manager, values, 'code');
      await this.audit.record(manager, agencyAuditEntry(ctx, 'agency.create', agency, values));
      return this.reads.respond(agency, manager);
    });
  }

  async rename(ctx: ActionContext, id: string, dto: RenameAgencyDto): Promise<AgencyResponseDto> {
    return runInTransaction(this.dataSource, async (manager) => {
      const current = await this.loadForEdit(manager, id, dto.version);
      const agency = await this.update(manager, current, { name: dto.name });
      const data = { from: current.name, to: dto.name, version: agency.version };
      await this.audit.record(manager, agencyAuditEntry(ctx, 'agency.rename', agency, data));
      return this.reads.respond(agency, manager);
    });
  }

  /** Ends a unit on `validTo` (inclusive); its children must end by then. */
  async close(ctx: ActionContext, id: string, dto: CloseAgencyDto): Promise<AgencyResponseDto> {
    return runInTransaction(this.dataSource, async (manager) => {
      const current = await this.loadForEdit(manager, id, dto.version);
      throwIfViolated(checkClose(current, dto.validTo));
      // Update first: the row lock makes a concurrent "create child" wait and then see the end.
      const agency = await this.update(manager, current, { valid_to: dto.validTo });
      const children = await this.agencies.childrenOutliving(manager, id, dto.validTo);
      throwIfViolated(checkChildrenEndBy(children, dto.validTo));
      const data = { validTo: dto.validTo, version: agency.version };
      await this.audit.record(manager, agencyAuditEntry(ctx, 'agency.close', agency, data));
      return this.reads.respond(agency, manager);
    });
  }

  private async loadForEdit(manager: EntityManager, id: string, version: number) {
    const current = await this.agencies.findById(id, manager);
    if (!current) throw agencyErrors.notFound();
    if (current.version !== version) throw staleVersion(current.version);
    return current;
  }

  private async update(
    manager: EntityManager,
    current: AgencyEntity,
    set: Record<string, unknown>,
  ): Promise<AgencyEntity> {
    const update = { table: 'agency', id: current.id, version: current.version, set };
    await updateWithVersion(manager, { ...update, notFound: agencyErrors.notFound });
    return manager.findOneByOrFail(AgencyEntity, { id: current.id });
  }
}
