import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { Pool } from 'pg';

import { type CapturedStatement, inlined, sqlLiteral } from './sql-capture';

const run = promisify(execFile);
const PGBENCH = ['/usr/lib/postgresql/15/bin/pgbench', '/usr/bin/pgbench'].find((p) =>
  existsSync(p),
);

/** The baseline's audit rows carry this action, so that they can be removed afterwards. */
const BASELINE_ACTION = 'bench.pgbench';

export interface Baseline {
  name: string;
  tps: number;
}

/** Per transaction: a new petition id and Idempotency-Key (unique columns), from pgbench's :r. */
const PETITION_ID = `md5(concat(:r::text, '-', :client_id::text))::uuid`;
const KEY = `md5(concat('k', :r::text, '-', :client_id::text))`;

/**
 * The captured create as a pgbench script: the same statements, values inlined; `pipelined`: the
 * statements the service sent together are sent together (\\startpipeline), else one by one.
 */
export function pgbenchScript(
  statements: readonly CapturedStatement[],
  pipelined: boolean,
): string {
  const petitionId = statements.find((s) => /INSERT INTO petition \(id/.test(s.text))?.values[0];
  const key = statements.find((s) => /INSERT INTO idempotency_key/.test(s.text))?.values[1];
  const sqlOf = (s: CapturedStatement) => {
    let sql = inlined(s);
    if (/INSERT INTO audit_event/.test(s.text)) {
      sql = sql.split(sqlLiteral('petition.register')).join(sqlLiteral(BASELINE_ACTION));
    }
    if (petitionId) sql = sql.split(sqlLiteral(petitionId)).join(PETITION_ID);
    if (key) sql = sql.split(sqlLiteral(key)).join(KEY);
    return `${sql};`;
  };
  const trips = pipelined ? roundTrips(statements) : statements.map((st) => [st]);
  const lines = trips.flatMap((trip) =>
    trip.length === 1
      ? [sqlOf(trip[0]!)]
      : ['\\startpipeline', ...trip.map(sqlOf), '\\endpipeline'],
  );
  return ['\\set r random(1, 1000000000000)', ...lines].join('\n');
}

/** The statements grouped by round trip: each with the pipelined ones sent behind it. */
export function roundTrips(statements: readonly CapturedStatement[]): CapturedStatement[][] {
  const trips: CapturedStatement[][] = [];
  for (const s of statements) {
    if (s.joined && trips.length > 0) trips.at(-1)!.push(s);
    else trips.push([s]);
  }
  return trips;
}

/**
 * `-M prepared`, as the service's pool prepares repeated statements (preparing-client.ts). Several
 * scripts: pgbench picks one at random for each transaction.
 */
async function pgbench(url: string, scripts: string[], clients: number, seconds: number) {
  const dir = mkdtempSync(join(tmpdir(), 'kntc-pgbench-'));
  const files = scripts.flatMap((script, i) => {
    const file = join(dir, `create-petition-${i}.sql`);
    writeFileSync(file, script);
    return ['-f', file];
  });
  const args = ['-n', '-M', 'prepared', '-c', String(clients), '-j', '2', '-T', String(seconds)];
  const { stdout } = await run(PGBENCH!, [...args, ...files, url], { maxBuffer: 1 << 24 });
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1];
  if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
  return Number(tps);
}

/** Without pgbench: the same statements through a bare `pg` Pool of `clients` connections. */
async function barePool(url: string, scripts: string[], clients: number, seconds: number) {
  const pool = new Pool({ connectionString: url, max: clients });
  const until = Date.now() + seconds * 1000;
  let done = 0;
  const worker = async (client: number) => {
    const statements = scripts[client % scripts.length]!.split('\n')
      .slice(1)
      .filter((line) => !line.startsWith('\\'));
    const conn = await pool.connect();
    try {
      while (Date.now() < until) {
        const r = String(Math.floor(Math.random() * 1e12));
        for (const sql of statements) {
          await conn.query(
            sql.split(':r::text').join(`'${r}'`).split(':client_id::text').join(`'${client}'`),
          );
        }
        done += 1;
      }
    } finally {
      conn.release();
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => worker(i)));
  await pool.end();
  return done / seconds;
}

/**
 * The baseline's audit rows carry the mac of the captured row, not of their own payload (the
 * action differs), so the running service's sealer never links them: removing them leaves the
 * chain valid.
 */
async function removeBaselineAudit(url: string): Promise<void> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    await pool.query('ALTER TABLE audit_event DISABLE TRIGGER trg_audit_event__append_only');
    await pool.query(
      `DELETE FROM audit_event e WHERE e.action = $1
          AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.seq = e.seq)`,
      [BASELINE_ACTION],
    );
  } finally {
    await pool.query('ALTER TABLE audit_event ENABLE TRIGGER trg_audit_event__append_only');
    await pool.end();
  }
}

/**
 * pgbench replaying the identical SQL (or a bare pg Pool when pgbench is not installed); one
 * captured create per agency when the load spreads over several. `pipelined`: with the service's
 * pipelining (pgbench only).
 */
export async function pgbenchBaseline(
  url: string,
  creates: readonly (readonly CapturedStatement[])[],
  run: { clients: number; seconds: number; pipelined: boolean },
): Promise<Baseline> {
  const { clients, seconds, pipelined } = run;
  const scripts = creates.map((statements) => pgbenchScript(statements, pipelined));
  try {
    if (PGBENCH) {
      const name = pipelined ? 'pgbench (pipelined as the service)' : 'pgbench';
      return { name, tps: await pgbench(url, scripts, clients, seconds) };
    }
    return {
      name: 'bare pg Pool (no pgbench)',
      tps: await barePool(url, scripts, clients, seconds),
    };
  } finally {
    await removeBaselineAudit(url);
  }
}
