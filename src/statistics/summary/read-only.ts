import type { DataSource, EntityManager } from 'typeorm';

import { REPORT_SETTINGS } from '../../database/report-settings';

/**
 * Statistics reads run in one read-only REPEATABLE READ transaction (every statement of a
 * summary sees the same snapshot) with REPORT_SETTINGS (JIT off, a plan per call) and enough
 * work_mem for a year of visits (~100k rows on the city dataset) to be sorted in memory for the
 * vụ việc window, not in an external merge on disk.
 */
export function readStatistics<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    await manager.query(
      `SET TRANSACTION READ ONLY; ${REPORT_SETTINGS}; SET LOCAL work_mem = '${STATISTICS_WORK_MEM}'`,
    );
    return work(manager);
  });
}

export const STATISTICS_WORK_MEM = '32MB';
