import { DataSource } from 'typeorm';

import type { AppConfig } from '../config/app-config';
import { withLocalSecrets } from '../config/secrets';
import { dataSourceOptions } from '../database/data-source-options';
import { withDatabase } from './cli-context';

/**
 * A bare DataSource and the configuration with its secrets, for commands that need a few queries
 * and not the whole application (no migrations are run).
 */
export function withDataSource<T>(
  work: (dataSource: DataSource, config: AppConfig) => Promise<T>,
): Promise<T> {
  return withDatabase(async (db, baseConfig) => {
    const config = await withLocalSecrets(baseConfig);
    const options = dataSourceOptions({ url: db.url, poolSize: 3, statementTimeoutMs: 600_000 });
    const dataSource = await new DataSource({ ...options, logging: false }).initialize();
    try {
      return await work(dataSource, config);
    } finally {
      await dataSource.destroy();
    }
  });
}
