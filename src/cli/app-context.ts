import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { AppModule } from '../app.module';
import { logLevelsUpTo } from '../bootstrap';
import { withLocalSecrets } from '../config/secrets';
import { runMigrations } from '../database/migrate';
import { withDatabase } from './cli-context';

/** Runs a CLI command with the application's services (migrated database, no HTTP). */
export function withAppContext<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  return withDatabase(async (db, baseConfig) => {
    await runMigrations(db.url);
    const config = await withLocalSecrets(baseConfig.with({ logLevel: 'warn' }));
    const app = await NestFactory.createApplicationContext(
      AppModule.register({ config, databaseUrl: db.url }),
      { logger: logLevelsUpTo(config.logLevel), abortOnError: false },
    );
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  });
}
