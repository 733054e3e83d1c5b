import 'reflect-metadata';

import { createApp, bootstrapLogger as logger } from './bootstrap';
import { loadAppConfigFromProcess } from './config/process-env';
import { withLocalSecrets } from './config/secrets';
import { openDatabaseTarget } from './database/database-target';
import { runMigrations } from './database/migrate';

async function main(): Promise<void> {
  const config = await withLocalSecrets(loadAppConfigFromProcess());
  const database = await openDatabaseTarget(config);
  if (database.embedded) {
    logger.log(`PostgreSQL nhúng: ${config.dataDir}/pg, cổng ${database.embedded.port}`);
  }
  const { applied } = await runMigrations(database.url);
  if (applied.length > 0) logger.log(`Đã chạy ${applied.length} migration: ${applied.join(', ')}`);
  const app = await createApp({ config, databaseUrl: database.url });

  let closing: Promise<void> | undefined;
  const shutdown = () => (closing ??= app.close().catch(() => undefined));
  database.embedded?.setBeforeStop(shutdown);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.log(`Nhận ${signal}, đang dừng dịch vụ…`);
      void shutdown()
        .then(() => database.stop())
        .finally(() => process.exit(0));
    });
  }
  await app.listen({ port: config.port, host: config.host });
  logger.log(`KNTC đang phục vụ tại http://${config.host}:${config.port}/api/v1`);
}

const OPERATOR_ERRORS = new Set([
  'ConfigError',
  'DatabaseUnavailableError',
  'EmbeddedPostgresError',
]);

main().catch((error: unknown) => {
  // Configuration and database problems: one readable line, no stack trace, for the operator.
  const known = error instanceof Error && OPERATOR_ERRORS.has(error.name);
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`KNTC không khởi động được: ${message}\n`);
  if (!known && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
