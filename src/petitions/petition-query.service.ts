import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import type { Page } from '../common/http/page';
import { keysetPage } from '../common/pagination/keyset';
import { Clock } from '../common/time/clock';
import { CalendarService } from '../legal/calendar.service';
import { addWorkingDays } from '../legal/domain/working-calendar';
import { PersonRecordType } from '../persons/domain/person-enums';
import { IdentityService } from '../persons/identity.service';
import { CaseTimelineService } from './case-timeline.service';
import { petitionErrors } from './domain/petition-errors';
import type { CaseTimelineResponseDto } from './dto/case-timeline.response.dto';
import type {
  ListPetitionsQueryDto,
  PetitionWorklistQueryDto,
} from './dto/list-petitions.query.dto';
import type { PetitionResponseDto } from './dto/petition.response.dto';
import { PetitionDeadlinesService } from './petition-deadlines.service';
import { PetitionListRepository } from './petition-list.repository';
import type { PetitionRow } from './petition-row.sql';
import { PetitionScopeService } from './petition-scope.service';
import { signatoryIdsOf, toPetitionResponse } from './petition.mapper';
import { requireActor } from './require-actor';
import type { FigureKey } from '../statistics/domain/summary-shape';
import { requireFigurePeriod } from '../statistics/figures/figure-list-filter';

export interface PetitionDetailDto extends PetitionResponseDto {
  parts: PetitionResponseDto[];
  /** Replies received from the bodies the petition was forwarded to (01/XLD col 26). */
  replies: PetitionReplyView[];
  timeline: CaseTimelineResponseDto['items'];
}

/** A reply as the detail view shows it. */
export interface PetitionReplyView {
  id: string;
  fromBody: string;
  replyNo: string;
  replyOn: string;
  summary: string | null;
}

/**
 * Reading petitions: one query per page (signatories aggregated by pseudonym), then one batched
 * identity read for all signatories of the page (IdentityService: audited, pseudonym otherwise).
 */
@Injectable()
export class PetitionQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: PetitionListRepository,
    private readonly scope: PetitionScopeService,
    private readonly identities: IdentityService,
    private readonly deadlines: PetitionDeadlinesService,
    private readonly timelines: CaseTimelineService,
    private readonly calendars: CalendarService,
    private readonly clock: Clock,
  ) {}

  async list(ctx: ActionContext, q: ListPetitionsQueryDto): Promise<Page<PetitionResponseDto>> {
    const viewer = requireActor(ctx);
    if (q.figure) requireFigurePeriod(q);
    const agencyIds = await this.scope.agencyFilter(viewer, q.agencyId);
    const figure = q.figure as FigureKey | undefined;
    const rows = await this.rows.list({ ...q, figure, agencyIds, today: this.clock.today() });
    const page = keysetPage(rows, q.limit, (r) => [r.receivedOn, r.id]);
    return this.withIdentities(ctx, page, 'petition.list');
  }

  async worklist(
    ctx: ActionContext,
    q: PetitionWorklistQueryDto,
  ): Promise<Page<PetitionResponseDto>> {
    const viewer = requireActor(ctx);
    const agencyIds = await this.scope.agencyFilter(viewer, q.agencyId);
    const today = this.clock.today();
    const rows = await this.rows.worklist({
      agencyIds,
      today,
      dueBy: q.due === undefined ? undefined : await this.workingDaysFrom(today, q.due),
      overdue: q.overdue,
      handlerId: q.mine ? viewer.id : q.handlerId,
      cursor: q.cursor,
      limit: q.limit,
    });
    const page = keysetPage(rows, q.limit, (r) => [r.dueOn, r.id]);
    return this.withIdentities(ctx, page, 'petition.worklist');
  }

  /** One petition with its explained deadlines, its parts and its case's timeline. */
  async get(ctx: ActionContext, id: string): Promise<PetitionDetailDto> {
    const viewer = requireActor(ctx);
    const row = await this.getRow(viewer, id);
    const parts = await this.rows.parts(row.id);
    const refs = await this.identities.readRefsForViewer(viewer, signatoryIdsOf([row, ...parts]), {
      purpose: 'petition.view',
      recordType: PersonRecordType.Petition,
      recordId: row.id,
      requestId: ctx.requestId,
    });
    const explained = await this.deadlines.forReceipt(this.dataSource.manager, row, 'receivedOn');
    const today = this.clock.today();
    const timeline = await this.timelines.timeline(ctx, row.caseId);
    const replies = await this.rows.replies(row.id);
    return {
      ...toPetitionResponse(row, { refs, today, explained }),
      parts: parts.map((p) => toPetitionResponse(p, { refs, today })),
      replies: replies.map(({ id, fromBody, replyNo, replyOn, summary }) => ({
        id,
        fromBody,
        replyNo,
        replyOn,
        summary,
      })),
      timeline: timeline.items,
    };
  }

  /** The petition if the viewer's scope covers its agency; the same 404 otherwise. */
  async getRow(
    viewer: AuthenticatedOfficer,
    id: string,
    manager?: EntityManager,
  ): Promise<PetitionRow> {
    const row = await this.rows.findRow(id, manager);
    if (!row || !(await this.scope.canSee(viewer, row.agencyId))) throw petitionErrors.notFound();
    return row;
  }

  private async withIdentities(
    ctx: ActionContext,
    page: Page<PetitionRow>,
    purpose: string,
  ): Promise<Page<PetitionResponseDto>> {
    const refs = await this.identities.readRefsForViewer(
      requireActor(ctx),
      signatoryIdsOf(page.items),
      { purpose, recordType: PersonRecordType.Petition, requestId: ctx.requestId },
    );
    const today = this.clock.today();
    return { ...page, items: page.items.map((r) => toPetitionResponse(r, { refs, today })) };
  }

  /** "Due in N working days": today plus N working days of the legal calendar. */
  private async workingDaysFrom(today: string, days: number): Promise<string> {
    const year = Number(today.slice(0, 4));
    const loaded = await this.calendars.forYears(year, year + 1);
    return addWorkingDays(loaded.calendar, today, days);
  }
}
