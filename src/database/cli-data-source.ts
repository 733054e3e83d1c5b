import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { loadAppConfigFromProcess } from '../config/process-env';
import { dataSourceOptions } from './data-source-options';
import { openDatabaseTarget } from './database-target';

/**
 * For the TypeORM CLI (`npm run migration:generate`, `migration:check`): the same options as the
 * app, on DATABASE_URL or the embedded server. TypeORM 1.x awaits an exported promise.
 */
async function createCliDataSource(): Promise<DataSource> {
  const config = loadAppConfigFromProcess();
  const target = await openDatabaseTarget(config);
  return new DataSource(dataSourceOptions({ url: target.url, poolSize: 2 }));
}

export default createCliDataSource();
