import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import type { CaseEntity } from '../cases/case.entity';
import { CaseMergeService } from '../cases/case-merge.service';
import { CasesService } from '../cases/cases.service';
import { runInTransaction } from '../database/transaction';
import { petitionErrors } from './domain/petition-errors';
import { CASE_TIMELINE_SQL, type TimelineRow } from './case-timeline.sql';
import type { CaseTimelineResponseDto, TimelineCaseDto } from './dto/case-timeline.response.dto';
import type { MergeCaseDto } from './dto/merge-case.dto';
import { PetitionScopeService } from './petition-scope.service';
import { requireActor } from './require-actor';

const toCase = (c: CaseEntity): TimelineCaseDto => ({
  id: c.id,
  code: c.code,
  agencyId: c.agencyId,
  openedOn: c.openedOn,
  contentType: c.contentType,
  field: c.field,
  summary: c.summary,
  respondent: c.respondent,
  isConfidential: c.isConfidential,
  mergedIntoId: c.mergedIntoId,
  version: c.version,
});

/** A case (vụ việc) with its records in order, and merging duplicates of one matter. */
@Injectable()
export class CaseTimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly merges: CaseMergeService,
    private readonly scope: PetitionScopeService,
  ) {}

  async timeline(ctx: ActionContext, caseId: string, manager?: EntityManager) {
    const viewer = requireActor(ctx);
    const found = await this.visibleCase(viewer, caseId, manager);
    const rows = await (manager ?? this.dataSource.manager).query<TimelineRow[]>(
      CASE_TIMELINE_SQL,
      [found.id],
    );
    const items = rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
    return { case: toCase(found), items } satisfies CaseTimelineResponseDto;
  }

  /** POST /cases/:id/merge: one transaction; the surviving case's timeline in the reply. */
  async merge(ctx: ActionContext, sourceId: string, dto: MergeCaseDto) {
    const viewer = requireActor(ctx);
    const scope = await this.scope.agencyIdsFor(viewer);
    return runInTransaction(this.dataSource, async (manager) => {
      const into = await this.merges.merge(manager, ctx, {
        sourceId,
        intoId: dto.intoCaseId,
        version: dto.version,
        scope,
      });
      return this.timeline(ctx, into.id, manager);
    });
  }

  private async visibleCase(viewer: AuthenticatedOfficer, id: string, manager?: EntityManager) {
    const found = await this.cases.find(id, { manager });
    if (!found || !(await this.scope.canSee(viewer, found.agencyId))) {
      throw petitionErrors.caseNotFound();
    }
    return found;
  }
}
