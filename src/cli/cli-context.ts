import type { AppConfig } from '../config/app-config';
import { loadAppConfigFromProcess } from '../config/process-env';
import { type DatabaseTarget, openDatabaseTarget } from '../database/database-target';

/** Opens the configured database (embedded when DATABASE_URL is unset) for one CLI command. */
export async function withDatabase<T>(
  work: (target: DatabaseTarget, config: AppConfig) => Promise<T>,
): Promise<T> {
  const config = loadAppConfigFromProcess();
  const target = await openDatabaseTarget(config);
  try {
    return await work(target, config);
  } finally {
    await target.stop();
  }
}

export function print(line: string): void {
  process.stdout.write(`${line}\n`);
}
