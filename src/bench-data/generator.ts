import { Client, type QueryResult } from 'pg';

import { type DroppedIndex, dropSecondaryIndexes, recreateIndexes } from './indexes';
import { auditSql, eventsSql } from './month-events';
import { enforcementSql } from './month-enforcement';
import { type MonthContext, personsSql, petitionPlanSql, visitPlanSql } from './month-plan';
import { decisionsSql, proceedingPlanSql, resolutionsSql } from './month-proceedings';
import { casesSql, DROP_TEMP, petitionsSql, sessionsSql, visitsSql } from './month-records';
import { BenchProgress } from './progress';
import { type BenchMonth, type BenchScale, benchMonths } from './scales';
import {
  AGENCY_POOLS_SQL,
  officersSql,
  oldCommunesSql,
  oldCommuneSuccessionSql,
} from './setup-sql';
import { BENCH_UUID_FUNCTION, BenchSql } from './sql-helpers';
import { pausePetitionCounts, recountPetitions, resumePetitionCounts } from './petition-counts';
import { linkVisits, pauseVisitLinks, resumeVisitLinks } from './visit-links';

/** The tables the generator fills, in the order of the summary. */
export const BENCH_TABLES = [
  'agency',
  'agency_succession',
  'officer',
  'person',
  'case',
  'case_person',
  'petition',
  'petition_signatory',
  'petition_event',
  'reception_session',
  'reception_visit',
  'reception_visit_person',
  'complaint_resolution',
  'denunciation_resolution',
  'resolution_event',
  'decision',
  'decision_measure',
  'enforcement_decision',
  'enforcement_item',
  'enforcement_progress',
  'audit_event',
  'audit_chain',
  'record_counter',
] as const;

export interface BenchDataOptions {
  url: string;
  scale: BenchScale;
  years: number;
  seed: number;
  /** Local date `YYYY-MM-DD` the data ends on (default: today in Hà Nội). */
  today: string;
  force: boolean;
  log?: (line: string) => void;
  progress?: boolean;
  /** Time of every statement on stderr. */
  verbose?: boolean;
}

export interface BenchDataResult {
  months: number;
  counts: Record<string, number>;
  seconds: number;
  rowsPerSecond: number;
}

export class BenchDataRefused extends Error {}

export function todayInHanoi(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

async function countRows(db: Client): Promise<Record<string, number>> {
  const parts = BENCH_TABLES.map((t) => `SELECT '${t}' AS t, count(*)::bigint AS n FROM "${t}"`);
  const rows = await db.query<{ t: string; n: string }>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.rows.map((r) => [r.t, Number(r.n)]));
}

/** What the run will create (approximately, for events and audit rows). */
export function plan(options: BenchDataOptions, months: BenchMonth[]): string[] {
  const p = options.scale.petitions;
  const v = options.scale.visits;
  const first = months[0]!.from;
  const last = months[months.length - 1]!.to;
  return [
    `Bench dataset "${options.scale.name}" (seed ${options.seed}), ${months.length} months ${first} … ${last}:`,
    `  ~580 old communes (until 2025-06-30) + the seeded tree, 3 officers per agency`,
    `  ${p.toLocaleString('en-US')} petitions, ${v.toLocaleString('en-US')} visits, ` +
      `~${months.reduce((a, m) => a + m.persons, 0).toLocaleString('en-US')} persons (no identity rows)`,
    `  ~${Math.round(p * 0.12).toLocaleString('en-US')} complaint/denunciation proceedings with decisions and enforcement`,
    `  ~${(p * 10).toLocaleString('en-US')} petition events, proceeding events and audit rows (audit not chain-verifiable)`,
  ];
}

/**
 * Fills the database month by month (each month one transaction of multi-row INSERT … SELECT
 * FROM generate_series), then VACUUM ANALYZE. Refuses a database with records unless `force`.
 */
export async function generateBenchData(options: BenchDataOptions): Promise<BenchDataResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const sql = new BenchSql(options.seed);
  const months = benchMonths(options.scale, options.years, options.today);
  const db = new Client({ connectionString: options.url, application_name: 'kntc bench:data' });
  await db.connect();
  try {
    await db.query(`SET synchronous_commit = off; SET jit = off; SET work_mem = '64MB'`);
    await db.query(BENCH_UUID_FUNCTION);
    await refuseUnlessEmpty(db, options);
    for (const line of plan(options, months)) log(line);
    const before = await countRows(db);
    const started = Date.now();
    await db.query('BEGIN');
    await db.query(oldCommunesSql());
    await db.query(oldCommuneSuccessionSql());
    await db.query(officersSql(sql));
    await db.query('COMMIT');
    await loadMonths(db, { sql, today: options.today, verbose: options.verbose ?? false }, months, {
      log,
      progress: options.progress !== false,
    });
    log('VACUUM ANALYZE …');
    await db.query('VACUUM ANALYZE');
    const after = await countRows(db);
    const counts = Object.fromEntries(BENCH_TABLES.map((t) => [t, after[t]! - before[t]!]));
    const seconds = (Date.now() - started) / 1000;
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return { months: months.length, counts, seconds, rowsPerSecond: total / seconds };
  } finally {
    await db.end();
  }
}

/** Refuses a database with records (unless forced) or with bench data of the same seed. */
async function refuseUnlessEmpty(db: Client, options: BenchDataOptions): Promise<void> {
  const existing = await db.query<{ n: string }>(
    `SELECT (SELECT count(*) FROM petition) + (SELECT count(*) FROM reception_visit)
        + (SELECT count(*) FROM "case") AS n`,
  );
  if (Number(existing.rows[0]!.n) > 0 && !options.force) {
    throw new BenchDataRefused(
      `the database already holds ${existing.rows[0]!.n} cases, petitions and visits: ` +
        'use an empty (migrated) database, or --force to add the bench data to them',
    );
  }
  const same = await db.query(`SELECT 1 FROM person WHERE pseudonym = $1`, [
    `BD${options.seed}-000000000`,
  ]);
  if (same.rowCount) {
    throw new BenchDataRefused(
      `bench data with seed ${options.seed} is already there: use another --seed`,
    );
  }
}

async function agencyPools(db: Client, month: BenchMonth) {
  const res = await db.query<{ level: string; ids: string[] }>(AGENCY_POOLS_SQL, [
    month.from,
    month.to,
  ]);
  const pool = (level: string) => res.rows.find((r) => r.level === level)?.ids ?? [];
  return { province: pool('province'), district: pool('district'), commune: pool('commune') };
}

interface RunContext {
  sql: BenchSql;
  today: string;
  verbose: boolean;
}

/** The months in order, with the secondary indexes dropped meanwhile and always rebuilt. */
async function loadMonths(
  db: Client,
  run: RunContext,
  months: BenchMonth[],
  out: { log: (line: string) => void; progress: boolean },
): Promise<void> {
  const bar = out.progress ? new BenchProgress(months.length) : null;
  let rows = 0;
  let dropped: DroppedIndex[] = [];
  try {
    await pauseVisitLinks(db);
    await pausePetitionCounts(db);
    dropped = await dropSecondaryIndexes(db);
    for (const month of months) {
      rows += await generateMonth(db, run, month);
      bar?.update(month.index + 1, month.from.slice(0, 7), rows);
    }
    out.log('Linking each visit to the previous one of its case …');
    await linkVisits(db);
  } finally {
    // Also after a failure: the schema keeps every index and trigger whatever happens to the load.
    if (dropped.length) out.log(`Building ${dropped.length} secondary indexes …`);
    await recreateIndexes(db, dropped, out.progress ? out.log : () => undefined);
    await resumeVisitLinks(db);
    out.log('Counting the petitions of each month …');
    await recountPetitions(db); // the months loaded, even after a failure
    await resumePetitionCounts(db);
  }
}

async function generateMonth(db: Client, { sql, today, verbose }: RunContext, month: BenchMonth) {
  const pools = await agencyPools(db, month);
  const weights = {
    province: pools.province.length ? 25 : 0,
    district: pools.district.length ? 30 : 0,
    commune: pools.commune.length ? 45 : 0,
  };
  const ctx: MonthContext = { sql, month, today, weights };
  const params = [pools.province, pools.district, pools.commune];
  const last = await db.query<{ hash: string }>(
    'SELECT hash FROM audit_chain ORDER BY pos DESC LIMIT 1',
  );
  const prevHash = last.rows[0]?.hash ?? '0'.repeat(64);
  let rows = 0;
  const run = async (text: string, values?: unknown[]) => {
    const t0 = Date.now();
    const results = (await db.query(text, values)) as QueryResult | QueryResult[];
    if (verbose) {
      const head = text.trim().slice(0, 60).replace(/\s+/g, ' ');
      process.stderr.write(`  ${Date.now() - t0} ms  ${head}\n`);
    }
    for (const r of Array.isArray(results) ? results : [results]) {
      if (r.command === 'INSERT') rows += r.rowCount ?? 0;
    }
  };
  await db.query('BEGIN');
  try {
    await db.query(DROP_TEMP);
    await run(personsSql(ctx), params);
    await run(petitionPlanSql(ctx), params);
    await db.query('ANALYZE bench_p');
    await run(visitPlanSql(ctx), params);
    await db.query('ANALYZE bench_v');
    await run(sessionsSql(ctx));
    await run(casesSql(ctx));
    await run(petitionsSql(ctx));
    await run(visitsSql(ctx));
    await run(proceedingPlanSql(ctx));
    await db.query('ANALYZE bench_r');
    await run(decisionsSql(ctx));
    await run(resolutionsSql(ctx));
    await run(enforcementSql(ctx));
    await run(eventsSql(ctx));
    await run(auditSql(ctx, prevHash));
    await db.query(DROP_TEMP);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw new Error(
      `month ${month.from}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return rows;
}
