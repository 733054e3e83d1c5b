import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { BacklogBucket } from '../../reports/layouts/oversight-report-data';
import type { ReportScope } from '../scope/report-scope';
import { readStatistics } from '../summary/read-only';
import { BACKLOG_LIMITS } from './domain/backlog-age';
import { type MonthBuckets, type MonthCountRow } from './domain/monthly-intake';
import { BACKLOG_AGE_SQL, MONTHLY_INTAKE_SQL } from './oversight-report.sql';

interface BacklogRow {
  up_to_30: number;
  from_31_to_60: number;
  from_61_to_90: number;
  over_90: number;
}

export interface OversightSeries {
  monthly: MonthCountRow[];
  backlog: Record<BacklogBucket, number>;
}

/** The oversight report's own statements (monthly trend, backlog age), in one read-only snapshot. */
@Injectable()
export class OversightReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  series(scope: ReportScope, buckets: MonthBuckets): Promise<OversightSeries> {
    const { agencyIds, period } = scope;
    return readStatistics(this.dataSource, async (m) => {
      const monthly =
        buckets.months.length === 0
          ? []
          : await m.query<MonthCountRow[]>(MONTHLY_INTAKE_SQL, [
              agencyIds,
              period.from,
              period.to,
              buckets.shiftDays,
            ]);
      const [row] = await m.query<BacklogRow[]>(BACKLOG_AGE_SQL, [
        agencyIds,
        period.to,
        ...BACKLOG_LIMITS,
      ]);
      return {
        monthly,
        backlog: {
          upTo30: row?.up_to_30 ?? 0,
          from31To60: row?.from_31_to_60 ?? 0,
          from61To90: row?.from_61_to_90 ?? 0,
          over90: row?.over_90 ?? 0,
        },
      };
    });
  }
}
