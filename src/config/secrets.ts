import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { AppConfig } from './app-config';

async function keyFile(dataDir: string, name: string): Promise<string> {
  const dir = join(dataDir, 'keys');
  const file = join(dir, `${name}.key`);
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  // the data directory itself stays traversable (the embedded PostgreSQL runs as another user
  // when we are root); only keys/ is private
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32).toString('base64url');
  try {
    await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return (await readFile(file, 'utf8')).trim();
}

/**
 * Outside production, secrets not given in the environment are created once as key files under
 * `<DATA_DIR>/keys/` (mode 600), so `npm start` works on a fresh machine and restarts keep tokens
 * and the audit chain valid. Production requires them from the environment (see app-config).
 */
export async function withLocalSecrets(config: AppConfig): Promise<AppConfig> {
  return config.with({
    jwtSecret: config.jwtSecret ?? (await keyFile(config.dataDir, 'jwt')),
    auditKey: config.auditKey ?? (await keyFile(config.dataDir, 'audit')),
    identityKey: config.identityKey ?? (await keyFile(config.dataDir, 'identity')),
  });
}
