import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { AuthenticatedOfficer } from '../../auth/authenticated-officer';
import { notFound } from '../../common/errors/common-errors';
import { AccessScopeService } from '../../scope/access-scope.service';
import { type PeriodQuery, resolvePeriod } from '../domain/resolve-period';
import { buildReportScope, type ReportScope, type RollUpRow, type UnitRow } from './report-scope';
import { ROLL_UP_SQL, UNITS_SQL } from './report-scope.sql';

export interface ReportScopeQuery extends PeriodQuery {
  /** Defaults to the viewer's own agency. */
  readonly agencyId?: string;
}

/**
 * Resolves a statistics request: the period (400 naming the field), the agency (404 when unknown
 * or outside the viewer's scope — the same answer, so existence is not revealed), its child units
 * and every agency id counted. Every statistics endpoint starts here.
 */
@Injectable()
export class ReportScopeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessScopeService,
  ) {}

  async resolve(viewer: AuthenticatedOfficer, query: ReportScopeQuery): Promise<ReportScope> {
    const period = resolvePeriod(query);
    const agencyId = query.agencyId ?? viewer.agencyId;
    if (!(await this.access.canSee(viewer, agencyId))) throw notFound('agency');
    const units = await this.dataSource.query<UnitRow[]>(UNITS_SQL, [agencyId]);
    if (units.length === 0 || units[0]!.id !== agencyId) throw notFound('agency');
    const rollUp = await this.dataSource.query<RollUpRow[]>(ROLL_UP_SQL, [agencyId]);
    return buildReportScope(period, units, rollUp);
  }
}
