import { performance } from 'node:perf_hooks';

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { generateSecret, generateSync } from 'otplib';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { createApp } from '../../src/bootstrap';
import { PasswordHasher } from '../../src/common/crypto/password-hasher';
import { deriveKey, seal } from '../../src/common/crypto/secret-box';
import { checkConnection } from '../../src/database/database-target';
import { runMigrations } from '../../src/database/migrate';
import { type BenchDatabase, benchConfig } from './bench-db';

const USERNAME = 'bench-city-leader';
const PASSWORD = 'mat-khau-do-hieu-nang-city-1';

/** A generated dataset of docs/benchmarks.md and where the benchmarks look for it. */
export interface GeneratedDataset {
  scale: 'city' | 'nation';
  /** Environment variable naming its database. */
  env: string;
  defaultUrl: string;
  /** Fewer petitions than this: not the dataset (skipped). */
  minPetitions: number;
  /** What the block measures, for the skip line. */
  measures: string;
}

export const CITY_DATASET: GeneratedDataset = {
  scale: 'city',
  env: 'BENCH_CITY_URL',
  defaultUrl: 'postgres://postgres@127.0.0.1:5432/kntc_bench_city',
  minPetitions: 100_000,
  measures: 'P4 city, P5, P7',
};

export const NATION_DATASET: GeneratedDataset = {
  scale: 'nation',
  env: 'BENCH_NATION_URL',
  defaultUrl: 'postgres://postgres@127.0.0.1:5432/kntc_bench_nation',
  minPetitions: 2_000_000,
  measures: 'P4 nation, P6',
};

/** The dataset's database, migrated; null (with how to make it) when unreachable or too small. */
export async function openGeneratedDatabase(
  dataset: GeneratedDataset,
): Promise<BenchDatabase | null> {
  const url = process.env[dataset.env] ?? dataset.defaultUrl;
  try {
    await checkConnection(url);
    const probe = new Client({ connectionString: url });
    await probe.connect();
    try {
      const [row] = (await probe.query<{ n: string }>('SELECT count(*) AS n FROM petition')).rows;
      const n = Number(row?.n ?? 0);
      if (n < dataset.minPetitions) throw new Error(`only ${n} petitions`);
    } finally {
      await probe.end();
    }
  } catch (error) {
    const dbName = new URL(dataset.defaultUrl).pathname.slice(1);
    console.log(
      `\n${dataset.scale} dataset (${dataset.measures}): skipped — ${url} not usable (${String(error)}).`,
    );
    console.log(
      `  Generate it: createdb -h 127.0.0.1 -U postgres ${dbName} && ` +
        `DATABASE_URL=${dataset.defaultUrl} npm run cli -- bench:data --scale ${dataset.scale} ` +
        `(or set ${dataset.env}).`,
    );
    return null;
  }
  const { applied } = await runMigrations(url);
  if (applied.length) await vacuumAfterMigrations(url, applied);
  return { url, description: `${dataset.scale} dataset`, stop: () => Promise.resolve() };
}

/**
 * A migration that rewrote rows of the dataset (a backfill, say) leaves their pages out of the
 * visibility map, and index-only scans then read the heap: VACUUM ANALYZE once, as the generator
 * does at its end, so the figures measure the dataset and not the migration's leftovers.
 */
async function vacuumAfterMigrations(url: string, applied: readonly string[]): Promise<void> {
  console.log(`  migrations applied to the dataset: ${applied.join(', ')}; VACUUM ANALYZE …`);
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('VACUUM ANALYZE');
  } finally {
    await db.end();
  }
}

export interface CityApp {
  app: NestFastifyApplication;
  base: string;
  headers: Record<string, string>;
  /** Our leader of HN. */
  officerId: string;
  /** The HN city agency (root of the tree). */
  cityAgencyId: string;
  /** The last full calendar year of the data. */
  year: number;
  /** The last day of the data (`YYYY-MM-DD`). */
  lastDay: string;
  close(): Promise<void>;
}

/**
 * The app on the city database, and a leader (with TOTP, as leaders must) of the city agency HN
 * of our own: generated officers cannot log in. Leaders see the whole subtree and hold
 * statistics.read, report.read and petition.read.
 */
export async function startCityApp(db: BenchDatabase): Promise<CityApp> {
  const config = await benchConfig(db);
  const app = await createApp({ config, databaseUrl: db.url });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const ds = app.get(DataSource);
    const [city] = await ds.query<{ id: string }[]>(
      "SELECT id FROM agency WHERE code = 'HN' ORDER BY valid_from DESC LIMIT 1",
    );
    if (!city) throw new Error('no agency HN');
    const [last] = await ds.query<{ last: string }[]>(
      'SELECT max(received_on)::text AS last FROM petition',
    );
    const lastDay = last?.last ?? '';
    const lastYear = Number(lastDay.slice(0, 4));
    const year = lastDay.endsWith('-12-31') ? lastYear : lastYear - 1;
    const secret = generateSecret();
    const sealed = seal(deriveKey(config.identityKey ?? '', 'totp-seed'), secret);
    const [officer] = await ds.query<{ id: string }[]>(
      `INSERT INTO officer (username, full_name, agency_id, roles, password_hash,
                            totp_secret_sealed, is_totp_enabled)
       VALUES ($1, 'Lãnh đạo đo hiệu năng', $2, '{leader}', $3, $4, true)
       ON CONFLICT (username) DO UPDATE
          SET agency_id = EXCLUDED.agency_id, roles = EXCLUDED.roles,
              password_hash = EXCLUDED.password_hash,
              totp_secret_sealed = EXCLUDED.totp_secret_sealed,
              is_totp_enabled = true, totp_last_time_step = NULL
       RETURNING id`,
      [USERNAME, city.id, await new PasswordHasher().hash(PASSWORD), sealed],
    );
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: USERNAME,
        password: PASSWORD,
        totpCode: generateSync({ secret }),
      }),
    });
    if (login.status !== 200) throw new Error(`login ${login.status} ${await login.text()}`);
    const { accessToken } = (await login.json()) as { accessToken: string };
    return {
      app,
      base,
      headers: { Authorization: `Bearer ${accessToken}` },
      officerId: officer!.id,
      cityAgencyId: city.id,
      year,
      lastDay,
      close: () => app.close(),
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}

/** One statement as a pg Client of the app sent it, with the connection it went on. */
export interface ClientStatement {
  connection: number;
  text: string;
  values: unknown[];
}

const IMPORTS_SNAPSHOT = / ?SET TRANSACTION SNAPSHOT '[^']+';/;

/**
 * A captured statement as replayed: without a snapshot import (see SqlReplay.run), and COMMIT as
 * ROLLBACK — a request's writes (an audit row for an identity read, say) cost the same, but a
 * copy of them must not stay in the database (the sealer would refuse the copied audit rows and
 * the verifier report them).
 */
function replayed(text: string): string {
  return /^\s*COMMIT\s*$/i.test(text) ? 'ROLLBACK' : text.replace(IMPORTS_SNAPSHOT, '');
}

type QueryFn = (this: Client, ...args: unknown[]) => unknown;

/** Records every statement the app's pg clients send while `work` runs, per connection. */
export async function captureStatements(work: () => Promise<void>): Promise<ClientStatement[]> {
  const proto = Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  const ids = new Map<Client, number>();
  const recorded: ClientStatement[] = [];
  proto.query = function (this: Client, ...args: unknown[]) {
    if (!ids.has(this)) ids.set(this, ids.size);
    const [first, second] = args;
    const config = (typeof first === 'string' ? { text: first, values: second } : first) as {
      text?: string;
      values?: unknown;
    };
    recorded.push({
      connection: ids.get(this)!,
      text: config.text ?? '',
      values: Array.isArray(config.values) ? (config.values as unknown[]) : [],
    });
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  // the AuditSealer links audit rows after their commit, on its own connection and schedule:
  // not part of the request (only the sealer writes audit_chain)
  const sealer = new Set(
    recorded.filter((r) => /\baudit_chain\b/.test(r.text)).map((r) => r.connection),
  );
  return recorded.filter((r) => !sealer.has(r.connection));
}

/**
 * Replays captured statements through bare pg clients (one per app connection, the
 * connections concurrently, each in its captured order): the request's SQL without Nest,
 * TypeORM, validation, assembly or serialisation.
 */
export class SqlReplay {
  private constructor(
    private readonly clients: Client[],
    private readonly groups: ClientStatement[][],
  ) {}

  static async open(url: string, statements: readonly ClientStatement[]): Promise<SqlReplay> {
    const byConnection = new Map<number, ClientStatement[]>();
    for (const s of statements) {
      byConnection.set(s.connection, [...(byConnection.get(s.connection) ?? []), s]);
    }
    const groups = [...byConnection.values()];
    const clients = groups.map(() => new Client({ connectionString: url }));
    await Promise.all(clients.map((c) => c.connect()));
    return new SqlReplay(clients, groups);
  }

  get connections(): number {
    return this.groups.length;
  }

  /**
   * Every connection's statements in captured order, the connections concurrently. A statistics
   * read that shares one snapshot over several connections (snapshot-lanes.ts) is replayed with
   * each connection on its own snapshot: importing one costs nothing measurable, and the captured
   * order of a pooled connection (follower of one read, then leader of the next) could otherwise
   * wait on itself.
   */
  async run(): Promise<void> {
    await Promise.all(
      this.groups.map(async (group, i) => {
        for (const s of group) await this.clients[i]!.query(replayed(s.text), s.values);
      }),
    );
  }

  /** ms of each statement, run once in captured order on the first client (for the breakdown). */
  async timeEach(): Promise<{ label: string; ms: number }[]> {
    const out: { label: string; ms: number }[] = [];
    for (const [i, group] of this.groups.entries()) {
      for (const s of group) {
        const started = performance.now();
        await this.clients[i]!.query(replayed(s.text), s.values);
        out.push({
          label: s.text.replace(/\s+/g, ' ').trim().slice(0, 70),
          ms: performance.now() - started,
        });
      }
    }
    return out;
  }

  async close(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.end()));
  }
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** p50/p95 (ms) of `n` sequential runs after `warmup` runs. */
export async function timeRuns(n: number, warmup: number, work: () => Promise<void>) {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
