import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { FigureKey, StatisticsSummary } from '../domain/summary-shape';
import { FIGURE_SOURCES } from '../figures/figure-sources';
import { figureColumn, figuresOf, summarySql } from '../figures/figure-sql';
import type { ReportScope, ReportUnit } from '../scope/report-scope';
import { assembleSummary } from './assemble-summary';
import { readStatistics } from './read-only';

type Row = Record<string, string | null>;

export interface SummaryByUnit {
  total: StatisticsSummary;
  units: { unit: ReportUnit; summary: StatisticsSummary }[];
}

/**
 * The period figures of DESIGN §5 for a resolved scope: one statement per source (8 in all),
 * each scanning its table once and counting every figure with FILTER, in one read-only snapshot.
 * Exported by StatisticsModule (the oversight report calls it).
 */
@Injectable()
export class SummaryService {
  constructor(private readonly dataSource: DataSource) {}

  /** The figures over the whole subtree of the scope's agency. */
  async summary(scope: ReportScope): Promise<StatisticsSummary> {
    const rows = await readStatistics(this.dataSource, (m) => this.run(m, scope, false));
    return assembleSummary(scope.period, scope.agency, valuesOf(rows, null));
  }

  /**
   * The total and one summary per report unit (own row first, then each child), from grouped
   * statements with ROLLUP: the total and the unit rows come from the same scans and snapshot.
   */
  async summaryByUnit(scope: ReportScope): Promise<SummaryByUnit> {
    const rows = await readStatistics(this.dataSource, (m) => this.run(m, scope, true));
    return {
      total: assembleSummary(scope.period, scope.agency, valuesOf(rows, null)),
      units: scope.units.map((unit) => ({
        unit,
        summary: assembleSummary(scope.period, unit, valuesOf(rows, unit.id)),
      })),
    };
  }

  /** Summaries of several periods of one scope (comparisons, trends), in one snapshot. */
  async summaries(scopes: readonly ReportScope[]): Promise<StatisticsSummary[]> {
    return readStatistics(this.dataSource, async (m) => {
      const out: StatisticsSummary[] = [];
      for (const scope of scopes) {
        const rows = await this.run(m, scope, false);
        out.push(assembleSummary(scope.period, scope.agency, valuesOf(rows, null)));
      }
      return out;
    });
  }

  private async run(m: EntityManager, scope: ReportScope, grouped: boolean) {
    const params: unknown[] = [scope.agencyIds, scope.period.from, scope.period.to];
    if (grouped) {
      const pairs = scope.units.flatMap((u) => u.agencyIds.map((id) => [id, u.id] as const));
      params.push(
        pairs.map(([id]) => id),
        pairs.map(([, unit]) => unit),
      );
    }
    const results: SourceRows[] = [];
    for (const source of FIGURE_SOURCES) {
      const rows = await m.query<Row[]>(summarySql(source, grouped), params);
      results.push({ keys: figuresOf(source), rows });
    }
    return results;
  }
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
