import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuditEntry } from '../audit/audit-entry';
import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import { updateWithVersion } from '../database/optimistic-update';
import { runInTransaction } from '../database/transaction';
import { agencyAuditEntry } from './agency-audit';
import { AgencyRepository, lockParent } from './agency.repository';
import type { AgencyEntity } from './agency.entity';
import { AgenciesService } from './agencies.service';
import { SuccessionKind } from './domain/agency-enums';
import { agencyErrors, throwIfViolated } from './domain/agency-errors';
import { checkMerge, mergeClosingDay } from './domain/agency-merge';
import { checkPlacement, type PlacementFields } from './domain/agency-placement';
import { checkChildrenEndBy } from './domain/agency-validity';
import type { MergeAgenciesDto } from './dto/agency-actions.dto';
import type { AgencyResponseDto } from './dto/agency.response.dto';

function mergeAuditEntries(
  ctx: ActionContext,
  predecessors: readonly AgencyEntity[],
  successor: AgencyEntity,
  dto: MergeAgenciesDto,
): AuditEntry[] {
  const closeOn = mergeClosingDay(dto.effectiveOn);
  const closed = predecessors.map((p) =>
    agencyAuditEntry(ctx, 'agency.close', p, { validTo: closeOn, mergedInto: successor.id }),
  );
  const predecessorIds = predecessors.map((p) => p.id);
  const data = { code: successor.code, predecessorIds, effectiveOn: dto.effectiveOn };
  return [...closed, agencyAuditEntry(ctx, 'agency.merge', successor, data)];
}

const SUCCESSOR_FIELDS: PlacementFields = {
  level: 'successor.level',
  parentId: 'successor.parentId',
  validFrom: 'effectiveOn',
  validTo: 'effectiveOn',
};

/**
 * Merging units (sáp nhập): the predecessors end the day before `effectiveOn`, the successor
 * starts that day, and a `merge` link joins each predecessor to it — all in one transaction.
 */
@Injectable()
export class AgencyMergeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agencies: AgencyRepository,
    private readonly reads: AgenciesService,
    private readonly audit: AuditService,
  ) {}

  async merge(ctx: ActionContext, dto: MergeAgenciesDto): Promise<AgencyResponseDto> {
    return runInTransaction(this.dataSource, async (manager) => {
      const predecessors = await this.lockPredecessors(manager, dto.predecessorIds);
      const parentId = dto.successor.parentId ?? null;
      throwIfViolated(checkMerge(predecessors, dto.effectiveOn, parentId));
      const closeOn = mergeClosingDay(dto.effectiveOn);
      await this.closePredecessors(manager, predecessors, closeOn);
      const successor = await this.createSuccessor(manager, dto, parentId);
      await this.agencies.insertSuccessions(
        manager,
        predecessors.map((p) => ({
          predecessorId: p.id,
          successorId: successor.id,
          effectiveOn: dto.effectiveOn,
          kind: SuccessionKind.Merge,
        })),
      );
      await this.audit.recordMany(manager, mergeAuditEntries(ctx, predecessors, successor, dto));
      return this.reads.respond(successor, manager);
    });
  }

  /** Locked FOR UPDATE, returned in request order; an unknown id → 400 naming its index. */
  private async lockPredecessors(manager: EntityManager, ids: readonly string[]) {
    const wanted = ids.map((id) => id.toLowerCase());
    const rows = await this.agencies.findByIdsForUpdate(manager, wanted);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return wanted.map((id, i) => {
      const row = byId.get(id);
      if (!row) throw agencyErrors.referenceNotFound(`predecessorIds.${i}`);
      return row;
    });
  }

  private async closePredecessors(
    manager: EntityManager,
    predecessors: readonly AgencyEntity[],
    closeOn: string,
  ): Promise<void> {
    for (const [i, p] of predecessors.entries()) {
      const children = await this.agencies.childrenOutliving(manager, p.id, closeOn);
      throwIfViolated(checkChildrenEndBy(children, closeOn, `predecessorIds.${i}`));
      const update = { table: 'agency', id: p.id, version: p.version };
      await updateWithVersion(manager, { ...update, set: { valid_to: closeOn } });
    }
  }

  private async createSuccessor(
    manager: EntityManager,
    dto: MergeAgenciesDto,
    parentId: string | null,
  ): Promise<AgencyEntity> {
    const parent = await lockParent(this.agencies, manager, parentId, 'successor.parentId');
    const { code, name, level, kind } = dto.successor;
    const unit = { level, validFrom: dto.effectiveOn, validTo: null };
    throwIfViolated(checkPlacement(unit, parent, SUCCESSOR_FIELDS));
    const values = { code, name, kind, parentId, ...unit };
    return this.agencies.insert(manager, values, 'successor.code');
  }
}
