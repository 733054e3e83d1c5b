import type { DataSource, EntityManager } from 'typeorm';

/**
 * Statistics reads run in one read-only REPEATABLE READ transaction (every statement of a
 * summary sees the same snapshot) with JIT off (DESIGN §10: JIT makes short reports ~1.8× slower)
 * and enough work_mem for a year of visits (~100k rows on the city dataset) to be sorted in memory
 * for the vụ việc window, not in an external merge on disk.
 */
export function readStatistics<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    await manager.query('SET TRANSACTION READ ONLY');
    await manager.query('SET LOCAL jit = off');
    await manager.query(`SET LOCAL work_mem = '${STATISTICS_WORK_MEM}'`);
    return work(manager);
  });
}

export const STATISTICS_WORK_MEM = '32MB';
