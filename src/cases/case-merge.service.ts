import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import type { ActionContext } from '../auth/action-context';
import { AppError } from '../common/errors/app-error';
import { notFound, staleVersion } from '../common/errors/common-errors';
import { caseMessagesVi as m } from '../common/i18n/case-messages.vi';
import { updateWithVersion } from '../database/optimistic-update';
import type { CaseEntity } from './case.entity';
import { CaseMergeRepository } from './case-merge.repository';
import { mergeProblem } from './domain/case-merge';

export interface MergeRequest {
  sourceId: string;
  intoId: string;
  /** The source case's version as the officer read it. */
  version: number;
  /** The officer's scope (null = all agencies): a case outside it is 404. */
  scope: readonly string[] | null;
}

/**
 * Merging one case into another (the same matter registered twice). Nothing moves: the merged
 * case keeps its petitions, visits and events, points to the surviving case, whose timeline
 * shows them; its persons join the surviving case. One transaction, audited.
 */
@Injectable()
export class CaseMergeService {
  constructor(
    private readonly merges: CaseMergeRepository,
    private readonly audit: AuditService,
  ) {}

  async merge(manager: EntityManager, ctx: ActionContext, r: MergeRequest): Promise<CaseEntity> {
    const locked = await this.merges.lockPair(manager, r.sourceId, r.intoId);
    const visible = (id: string) =>
      locked.find((c) => c.id === id && (r.scope === null || r.scope.includes(c.agencyId)));
    const source = visible(r.sourceId);
    const into = visible(r.intoId);
    if (!source || !into) throw notFound(m.notFound);
    this.check(source, into);
    if (source.version !== r.version) throw staleVersion(source.version);
    await updateWithVersion(manager, {
      table: 'case',
      id: source.id,
      version: source.version,
      set: { merged_into_id: into.id, merged_at: new Date() },
    });
    await this.merges.carryOver(manager, source.id, into.id);
    await this.audit.record(manager, {
      actorId: ctx.actor?.id ?? null,
      action: 'case.merge',
      entityType: 'case',
      entityId: source.id,
      agencyId: source.agencyId,
      requestId: ctx.requestId,
      data: { code: source.code, intoCaseId: into.id, intoCode: into.code },
    });
    return into;
  }

  private check(source: CaseEntity, into: CaseEntity): void {
    const found = mergeProblem({
      sourceId: source.id,
      intoId: into.id,
      sourceAgencyId: source.agencyId,
      intoAgencyId: into.agencyId,
      sourceMergedInto: source.mergedIntoId,
      intoMergedInto: into.mergedIntoId,
    });
    if (!found) return;
    const message = m[found.problem];
    throw new AppError(409, 'CASE_MERGE_INVALID', message, {
      errors: [{ field: found.field, code: found.problem, message }],
    });
  }
}
