import { Injectable } from '@nestjs/common';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { Permission } from '../auth/permission';
import { hasPermission } from '../auth/role-permissions';
import { CasesService } from '../cases/cases.service';
import { notFound } from '../common/errors/common-errors';
import { complaintStatusLabelsVi } from '../common/i18n/complaint-labels.vi';
import { denunciationStatusLabelsVi } from '../common/i18n/denunciation-labels.vi';
import { resolutionMessagesVi as m } from '../common/i18n/resolution-labels.vi';
import { Clock } from '../common/time/clock';
import { decodeDateIdCursor, keysetPage } from '../common/pagination/keyset';
import type { ComplaintStatus } from '../complaints/domain/complaint-enums';
import type { DenunciationStatus } from '../denunciations/domain/denunciation-enums';
import { addWorkingDays } from '../legal/domain/working-calendar';
import { toDeadlineView } from './deadline-view';
import type {
  CaseTimelineDto,
  WorklistItemDto,
  WorklistPageDto,
  WorklistQueryDto,
} from './dto/worklist.dto';
import { ProceedingAccessService } from './proceeding-access.service';
import { ResolutionEventsRepository } from './resolution-events.repository';
import { RuleSourceService } from './rule-source.service';
import { WorklistRepository, type WorklistRow } from './worklist.repository';

function statusLabel(row: WorklistRow): string {
  return row.type === 'complaint'
    ? complaintStatusLabelsVi[row.status as ComplaintStatus]
    : denunciationStatusLabelsVi[row.status as DenunciationStatus];
}

function toItem(row: WorklistRow, today: string): WorklistItemDto {
  const deadline = row.ruleKey
    ? toDeadlineView(
        {
          ruleKey: row.ruleKey,
          ruleVersion: row.ruleVersion,
          dueOn: row.dueOn,
          explanation: row.explanation,
          remainingDays: row.dueOn === null ? row.remainingDays : null,
        },
        today,
        true,
      )
    : null;
  return {
    type: row.type as WorklistItemDto['type'],
    id: row.id,
    caseId: row.caseId,
    caseCode: row.caseCode,
    agencyId: row.agencyId,
    variant: row.variant,
    status: row.status,
    statusLabel: statusLabel(row),
    assignedToMe: row.assignedToMe === true,
    awaitingApproval: row.awaitingApproval,
    deadline,
  };
}

/**
 * Worklists and the case timeline (issue 7): my proceedings, due within N working days (legal
 * calendar), overdue (computed from the clock), waiting for the resolver — each line with its
 * current deadline and explanation; every event of a case in order with actor and legal basis.
 */
@Injectable()
export class ResolutionWorklistService {
  constructor(
    private readonly worklist: WorklistRepository,
    private readonly events: ResolutionEventsRepository,
    private readonly access: ProceedingAccessService,
    private readonly sources: RuleSourceService,
    private readonly cases: CasesService,
    private readonly clock: Clock,
  ) {}

  async list(viewer: AuthenticatedOfficer, q: WorklistQueryDto): Promise<WorklistPageDto> {
    const today = this.clock.today();
    const scope = await this.access.listScope(viewer);
    const horizon =
      q.dueWithin === undefined
        ? null
        : await this.sources.run({ from: today }, (s) =>
            addWorkingDays(s.calendar, today, q.dueWithin as number),
          );
    const rows = await this.worklist.list({
      agencyIds: scope.agencyIds,
      viewerId: viewer.id,
      assignedOnly: scope.assignedTo !== null,
      mine: q.mine === true,
      horizon,
      today,
      overdue: q.overdue === true,
      awaitingApproval: q.awaitingApproval === true,
      approver: hasPermission(viewer.roles, Permission.ResolutionApprove),
      type: q.type ?? null,
      after: decodeDateIdCursor(q.cursor),
      limit: q.limit,
    });
    const page = keysetPage(rows, q.limit, (r) => [r.dueKey, r.id]);
    return { ...page, items: page.items.map((r) => toItem(r, today)) };
  }

  /** The events of every proceeding of a case this viewer may see, in order. */
  async timeline(viewer: AuthenticatedOfficer, caseId: string): Promise<CaseTimelineDto> {
    const found = await this.cases.find(caseId);
    const scope = await this.access.listScope(viewer);
    if (!found || (scope.agencyIds && !scope.agencyIds.includes(found.agencyId))) {
      throw notFound(m.caseNotFound);
    }
    const only = scope.assignedTo ? await this.worklist.assignedInCase(caseId, viewer.id) : null;
    if (only && only.length === 0) throw notFound(m.caseNotFound);
    const rows = await this.events.timeline(caseId, scope.agencyIds, only);
    const events = rows.map((r) => ({
      proceedingType: r.proceedingType,
      proceedingId: r.proceedingId,
      action: r.action,
      actorId: r.actorId,
      actorName: r.actorName,
      occurredAt: r.occurredAt.toISOString(),
      actedOn: r.actedOn,
      legalBasis: r.legalBasis,
      fromStatus: r.fromStatus,
      toStatus: r.toStatus,
      data: r.data,
    }));
    return { caseId, events };
  }
}
