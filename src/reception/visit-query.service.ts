import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import type { Page } from '../common/http/page';
import { keysetPage } from '../common/pagination/keyset';
import { PersonRecordType } from '../persons/domain/person-enums';
import type { PersonOnRecord } from '../persons/identity-read-purpose';
import { IdentityService } from '../persons/identity.service';
import { receptionErrors } from './domain/reception-errors';
import type { ListVisitsQueryDto } from './dto/list-visits.query.dto';
import type { VisitResponseDto } from './dto/visit.response.dto';
import { ReceptionScopeService } from './reception-scope.service';
import { requireActor } from './require-actor';
import type { VisitRow } from './visit-row.sql';
import { toVisitResponse } from './visit.mapper';
import { VisitsRepository } from './visits.repository';
import type { FigureKey } from '../statistics/domain/summary-shape';
import { requireFigurePeriod } from '../statistics/figures/figure-list-filter';

/** Each visitor on its own visit: the vault decides per record (a denunciation visit by itself). */
const visitorsOnVisits = (rows: readonly VisitRow[]): PersonOnRecord[] =>
  rows.flatMap((r) =>
    r.visitors.map((v) => ({
      personId: v.personId,
      recordType: PersonRecordType.Visit,
      recordId: r.id,
    })),
  );

/**
 * Reading visits: one query for the page (visitors aggregated in it), then one batched identity
 * read for all its visitors through IdentityService, each on its own visit (pseudonyms for
 * whoever may not read it there).
 */
@Injectable()
export class VisitQueryService {
  constructor(
    private readonly visits: VisitsRepository,
    private readonly scope: ReceptionScopeService,
    private readonly identities: IdentityService,
  ) {}

  async list(ctx: ActionContext, q: ListVisitsQueryDto): Promise<Page<VisitResponseDto>> {
    const viewer = requireActor(ctx);
    if (q.figure) requireFigurePeriod(q);
    const agencyIds = await this.scope.agencyFilter(viewer, q.agencyId);
    const figure = q.figure as FigureKey | undefined;
    const rows = await this.visits.list({ ...q, figure, agencyIds });
    const page = keysetPage(rows, q.limit, (r) => [r.visitOn, r.id]);
    const refs = await this.identities.readRefsForRecords(viewer, visitorsOnVisits(page.items), {
      purpose: 'reception.visit.list',
      requestId: ctx.requestId,
    });
    const items = page.items.map((r) => toVisitResponse(r, refs.of(PersonRecordType.Visit, r.id)));
    return { ...page, items };
  }

  async get(ctx: ActionContext, id: string): Promise<VisitResponseDto> {
    const viewer = requireActor(ctx);
    const row = await this.getRow(viewer, id);
    const personIds = row.visitors.map((v) => v.personId);
    const refs = await this.identities.readRefsForViewer(viewer, personIds, {
      purpose: 'reception.visit.view',
      recordType: PersonRecordType.Visit,
      recordId: row.id,
      requestId: ctx.requestId,
    });
    return toVisitResponse(row, refs);
  }

  /**
   * The visit with its visitors by pseudonym only (no identity read): the reply of a POST, which
   * an Idempotency-Key stores in the database, must not carry identities (DESIGN.md §7).
   */
  async getByPseudonym(
    viewer: AuthenticatedOfficer,
    id: string,
    manager?: EntityManager,
  ): Promise<VisitResponseDto> {
    return toVisitResponse(await this.getRow(viewer, id, manager), new Map());
  }

  /** The visit if the viewer's scope covers its agency; the same 404 otherwise. */
  async getRow(
    viewer: AuthenticatedOfficer,
    id: string,
    manager?: EntityManager,
  ): Promise<VisitRow> {
    const row = await this.visits.findRow(id, manager);
    if (!row || !(await this.scope.canSee(viewer, row.agencyId))) {
      throw receptionErrors.visitNotFound();
    }
    return row;
  }
}
