import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AgencyScopeService } from '../agencies/agency-scope.service';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { notFound } from '../common/errors/common-errors';
import { Clock } from '../common/time/clock';
import { DecisionKind } from '../decisions/domain/decision-outcome';
import { AccessScopeService } from '../scope/access-scope.service';
import { completedOn } from './domain/decision-completion';
import { enforcementPeriodFigures } from './domain/enforcement-period';
import { itemCompletedOn } from './domain/item-status';
import { FORM_02_KQGQ_COLUMNS, FORM_04_KQGQ_COLUMNS, formRow } from './domain/kqgq-forms';
import { backlog, type BacklogSort, sortBacklog } from './domain/outstanding';
import { checkPeriod } from './domain/report-period';
import { trackedOf } from './enforcement-rows';
import { EnforcementRepository } from './enforcement.repository';

export interface OutstandingQuery {
  agencyId?: string;
  sort?: BacklogSort;
  order?: 'asc' | 'desc';
  responsibleBody?: string;
  limit?: number;
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

  /** GET /enforcement/outstanding: tồn đọng as of today, oldest or largest first. */
  async outstanding(viewer: AuthenticatedOfficer, query: OutstandingQuery) {
    const ids = await this.agencyIdsFor(viewer, query.agencyId);
    const at = this.clock.today();
    const loaded = await this.repository.loadOutstanding(this.dataSource.manager, ids, at);
    const body = query.responsibleBody?.trim();
    const decisions = loaded
      .map((l) => ({ legalEffectOn: l.decision.legalEffectOn, items: trackedOf(l.items), l }))
      .filter(
        (d) =>
          !body || d.l.items.some((i) => i.item.responsibleBody === body && i.completedOn === null),
      );
    const entries = sortBacklog(backlog(decisions, at), query.sort ?? 'age', query.order);
    const limit = query.limit ?? 50;
    return {
      asOf: at,
      total: entries.length,
      items: entries.slice(0, limit).map((e) => {
        const d = e.decision.l.decision;
        const open = e.decision.l.items.filter(
          (i) =>
            itemCompletedOn(
              i.item,
              i.entries.map((x) => x.entry),
            ) === null,
        );
        return {
          id: d.id,
          decisionId: d.decisionId,
          agencyId: d.agencyId,
          kind: d.kind,
          numberSymbol: d.numberSymbol,
          legalEffectOn: d.legalEffectOn,
          ageDays: e.ageDays,
          openItems: e.openItems,
          overdueItems: e.overdueItems,
          moneyOutstanding: e.moneyOutstanding,
          landOutstanding: e.landOutstanding,
          responsibleBodies: [
            ...new Set(
              open.flatMap((i) => (i.item.responsibleBody ? [i.item.responsibleBody] : [])),
            ),
          ],
        };
      }),
    };
  }

  /** GET /enforcement/figures: 02/KQGQ (complaint decisions) and 04/KQGQ (conclusions). */
  async figures(viewer: AuthenticatedOfficer, query: FiguresQuery) {
    const period = { from: query.from, to: query.to };
    checkPeriod(period);
    const ids = await this.agencyIdsFor(viewer, query.agencyId);
    const loaded = await this.repository.loadForPeriod(
      this.dataSource.manager,
      ids,
      period.from,
      period.to,
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
