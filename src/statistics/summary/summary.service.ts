import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { FigureKey, StatisticsSummary } from '../domain/summary-shape';
import { FIGURE_SOURCES, type FigureSource } from '../figures/figure-sources';
import { figureColumn, figuresOf, summarySql } from '../figures/figure-sql';
import type { ReportScope, ReportUnit } from '../scope/report-scope';
import { assembleSummary } from './assemble-summary';
import { queryInSnapshot } from './snapshot-lanes';

type Row = Record<string, string | null>;

export interface SummaryByUnit {
  total: StatisticsSummary;
  units: { unit: ReportUnit; summary: StatisticsSummary }[];
}

/** The costliest sources on the city dataset, first: lanes take statements in this order. */
const COSTLIEST: readonly FigureSource[] = [
  'petitions',
  'visits',
  'enforcementItems',
  'complaints',
];
const BY_COST: readonly FigureSource[] = [
  ...COSTLIEST,
  ...FIGURE_SOURCES.filter((source) => !COSTLIEST.includes(source)),
];

/**
 * The period figures of DESIGN §5 for a resolved scope: one statement per source (7 in all),
 * each scanning its table once and counting every figure with FILTER, all in one read-only
 * snapshot spread over the statistics lanes (queryInSnapshot). Exported by StatisticsModule (the
 * oversight report calls it).
 */
@Injectable()
export class SummaryService {
  constructor(private readonly dataSource: DataSource) {}

  /** The figures over the whole subtree of the scope's agency. */
  async summary(scope: ReportScope): Promise<StatisticsSummary> {
    const [rows] = await this.read([scope], false);
    return assembleSummary(scope.period, scope.agency, valuesOf(rows!, null));
  }

  /**
   * The total and one summary per report unit (own row first, then each child), from grouped
   * statements with ROLLUP: the total and the unit rows come from the same scans and snapshot.
   */
  async summaryByUnit(scope: ReportScope): Promise<SummaryByUnit> {
    const [rows] = await this.read([scope], true);
    return {
      total: assembleSummary(scope.period, scope.agency, valuesOf(rows!, null)),
      units: scope.units.map((unit) => ({
        unit,
        summary: assembleSummary(scope.period, unit, valuesOf(rows!, unit.id)),
      })),
    };
  }

  /** Summaries of several periods of one scope (comparisons, trends), in one snapshot. */
  async summaries(scopes: readonly ReportScope[]): Promise<StatisticsSummary[]> {
    const results = await this.read(scopes, false);
    return scopes.map((scope, i) =>
      assembleSummary(scope.period, scope.agency, valuesOf(results[i]!, null)),
    );
  }

  /** Every source's statement for every scope, costliest first; rows per scope, by source. */
  private async read(scopes: readonly ReportScope[], grouped: boolean): Promise<SourceRows[][]> {
    const jobs = BY_COST.flatMap((source) =>
      scopes.map((scope, s) => ({ s, source, params: paramsOf(scope, grouped) })),
    );
    const statements = jobs.map((j) => ({ sql: summarySql(j.source, grouped), params: j.params }));
    const rows = await queryInSnapshot(this.dataSource, statements);
    // jobs are source-major in BY_COST order, then scope
    return scopes.map((_, s) =>
      FIGURE_SOURCES.map((source) => ({
        keys: figuresOf(source),
        rows: rows[BY_COST.indexOf(source) * scopes.length + s] as Row[],
      })),
    );
  }
}

function paramsOf(scope: ReportScope, grouped: boolean): unknown[] {
  const params: unknown[] = [scope.agencyIds, scope.period.from, scope.period.to];
  if (grouped) {
    const pairs = scope.units.flatMap((u) => u.agencyIds.map((id) => [id, u.id] as const));
    params.push(
      pairs.map(([id]) => id),
      pairs.map(([, unit]) => unit),
    );
  }
  return params;
}

interface SourceRows {
  keys: FigureKey[];
  rows: Row[];
}

/** The figure values of one unit (null: the total row, unit_id null); absent rows count 0. */
function valuesOf(results: readonly SourceRows[], unitId: string | null) {
  const values = new Map<FigureKey, string>();
  for (const { keys, rows } of results) {
    const row = rows.find((r) => (r['unit_id'] ?? null) === unitId);
    keys.forEach((key, i) => values.set(key, row?.[figureColumn(i)] ?? '0'));
  }
  return values;
}
