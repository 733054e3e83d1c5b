import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AgencyScopeService } from '../agencies/agency-scope.service';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { notFound } from '../common/errors/common-errors';
import { toPage } from '../common/http/page';
import { runInTransaction } from '../database/transaction';
import { Clock } from '../common/time/clock';
import { DecisionKind } from '../decisions/domain/decision-outcome';
import { AccessScopeService } from '../scope/access-scope.service';
import { completedOn } from './domain/decision-completion';
import { enforcementPeriodFigures } from './domain/enforcement-period';
import { FORM_02_KQGQ_COLUMNS, FORM_04_KQGQ_COLUMNS, formRow } from './domain/kqgq-forms';
import type { BacklogSort } from './domain/outstanding';
import { checkPeriod } from './domain/report-period';
import { canonicalNumber, trackedOf } from './enforcement-rows';
import type { OutstandingRow } from './outstanding/outstanding.sql';
import { outstandingCursor, outstandingCursorKey } from './outstanding/outstanding-cursor';
import { EnforcementRepository } from './enforcement.repository';

export interface OutstandingQuery {
  agencyId?: string;
  sort?: BacklogSort;
  order?: 'asc' | 'desc';
  responsibleBody?: string;
  limit?: number;
  cursor?: string;
}

export interface FiguresQuery {
  from: string;
  to: string;
  agencyId?: string;
}

/**
 * The read side across decisions (issue 8): the outstanding worklist (tồn đọng) and the 02/KQGQ
 * and 04/KQGQ figures of a period, for an agency and its subtree within the viewer's scope. Rows
 * come from one SQL query each; every figure is the pure domain's.
 */
@Injectable()
export class EnforcementReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: EnforcementRepository,
    private readonly scope: AccessScopeService,
    private readonly agencyScope: AgencyScopeService,
    private readonly clock: Clock,
  ) {}

  /** GET /enforcement/outstanding: tồn đọng as of today, one keyset page, oldest or largest first. */
  async outstanding(viewer: AuthenticatedOfficer, query: OutstandingQuery) {
    const sort = query.sort ?? 'age';
    const order = query.order ?? 'desc';
    const after = outstandingCursorKey(query.cursor, sort, order);
    const ids = await this.agencyIdsFor(viewer, query.agencyId);
    const at = this.clock.today();
    const limit = query.limit ?? 50;
    const rows = await runInTransaction(this.dataSource, (manager) =>
      this.repository.outstandingPage(manager, {
        agencyIds: ids,
        at,
        responsibleBody: query.responsibleBody?.trim() || null,
        sort,
        order,
        after,
        limit,
      }),
    );
    const total = rows[0]?.total ?? 0;
    const found = rows.filter((r): r is OutstandingRow & { id: string } => r.id !== null);
    const page = toPage(found, limit, (r) => outstandingCursor(r, sort, order));
    return {
      asOf: at,
      total,
      limit,
      nextCursor: page.nextCursor,
      items: page.items.map((r) => ({
        id: r.id,
        decisionId: r.decisionId,
        agencyId: r.agencyId,
        kind: r.kind,
        numberSymbol: r.numberSymbol,
        legalEffectOn: r.legalEffectOn,
        ageDays: r.ageDays,
        openItems: r.openItems,
        overdueItems: r.overdueItems,
        moneyOutstanding: canonicalNumber(r.money) ?? '0',
        landOutstanding: canonicalNumber(r.land) ?? '0',
        responsibleBodies: r.responsibleBodies,
      })),
    };
  }

  /** GET /enforcement/figures: 02/KQGQ (complaint decisions) and 04/KQGQ (conclusions). */
  async figures(viewer: AuthenticatedOfficer, query: FiguresQuery) {
    const period = { from: query.from, to: query.to };
    checkPeriod(period);
    const ids = await this.agencyIdsFor(viewer, query.agencyId);
    const loaded = await runInTransaction(this.dataSource, (manager) =>
      this.repository.loadForPeriod(manager, ids, period.from, period.to),
    );
    const rows = loaded.map((l) => {
      const items = trackedOf(l.items);
      return {
        kind: l.decision.kind,
        legalEffectOn: l.decision.legalEffectOn,
        completedOn: completedOn(items),
        items,
      };
    });
    const form02 = enforcementPeriodFigures(
      rows.filter((r) => r.kind !== DecisionKind.DenunciationConclusion),
      period,
    );
    const form04 = enforcementPeriodFigures(
      rows.filter((r) => r.kind === DecisionKind.DenunciationConclusion),
      period,
    );
    return {
      from: period.from,
      to: period.to,
      agencyId: query.agencyId ?? viewer.agencyId,
      form02: { figures: form02, row: formRow(form02, FORM_02_KQGQ_COLUMNS) },
      form04: { figures: form04, row: formRow(form04, FORM_04_KQGQ_COLUMNS) },
    };
  }

  /** The agency and its subtree, within the viewer's scope (404 for an agency outside it). */
  private async agencyIdsFor(viewer: AuthenticatedOfficer, agencyId?: string): Promise<string[]> {
    const visible = await this.scope.agencyIdsFor(viewer);
    if (agencyId === undefined) return visible ?? [viewer.agencyId];
    if (visible !== null && !visible.includes(agencyId)) throw notFound('agency');
    const subtree = await this.agencyScope.visibleAgencyIds({ agencyId, seesSubtree: true });
    return visible === null ? subtree : subtree.filter((id) => visible.includes(id));
  }
}
