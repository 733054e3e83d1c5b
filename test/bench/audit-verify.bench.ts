import { performance } from 'node:perf_hooks';

import { DataSource } from 'typeorm';

import { AuditVerifier } from '../../src/audit/audit-verifier';
import { AuditRepository } from '../../src/audit/audit.repository';
import { AuditService } from '../../src/audit/audit.service';
import { AuditSealer } from '../../src/audit/audit-sealer';
import {
  type AuditPayload,
  createAuditHmacs,
  GENESIS_HASH,
} from '../../src/audit/domain/audit-hash';
import { SystemClock } from '../../src/common/time/clock';
import { loadAppConfigFromProcess } from '../../src/config/process-env';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { runInTransaction } from '../../src/database/transaction';
import type { BenchDatabase } from './bench-db';

const ROWS = 1_000_000;
const LOAD_BATCH = 10_000;
const RECORDS = 2_000;
const AUDIT_KEY = 'bench-audit-key-0123456789abcdefghijklmnopqrstuv';
const TRIGGERS = ['audit_chain', 'audit_event'].map((t) => [t, `trg_${t}__append_only`]);
const AGENCIES = Array.from(
  { length: 16 },
  (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
);
const START = Date.parse('2016-01-01T00:00:00Z');

function payloadAt(i: number): AuditPayload {
  return {
    occurredAt: new Date(START + i * 300_000).toISOString(),
    actorId: AGENCIES[(i * 7) % AGENCIES.length] ?? null,
    action: i % 3 === 0 ? 'petition.create' : 'petition.accept',
    entityType: 'petition',
    entityId: String(1_000_000 + Math.floor(i / 3)),
    agencyId: AGENCIES[i % AGENCIES.length] ?? null,
    requestId: `bench-${i}`,
    data: { status: 'accepted', code: `HN-${2016 + Math.floor(i / 100_000)}-${i % 100_000}` },
  };
}

const COLUMNS = `seq, occurred_at, actor_id, action, entity_type, entity_id, agency_id, request_id,
  data, mac`;
const UNNEST = `unnest($1::bigint[], $2::timestamptz[], $3::uuid[], $4::text[], $5::text[],
  $6::text[], $7::uuid[], $8::text[], $9::jsonb[], $10::text[])`;

/** Builds rows and chain in Node with the service's own HMACs and loads them in batches. */
async function loadChain(ds: DataSource): Promise<number> {
  const hmacs = createAuditHmacs(AUDIT_KEY);
  const started = performance.now();
  for (const [table, trigger] of TRIGGERS) {
    await ds.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
  }
  await ds.query('TRUNCATE audit_chain, audit_event RESTART IDENTITY');
  for (const [table, trigger] of TRIGGERS) {
    await ds.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
  }
  let prev = GENESIS_HASH;
  for (let from = 0; from < ROWS; from += LOAD_BATCH) {
    const cols: unknown[][] = Array.from({ length: 10 }, () => []);
    const links: unknown[][] = [[], [], []];
    for (let i = from; i < Math.min(from + LOAD_BATCH, ROWS); i++) {
      const p = payloadAt(i);
      const mac = hmacs.mac(p);
      const h = hmacs.link(prev, mac);
      const values = [i + 1, p.occurredAt, p.actorId, p.action, p.entityType, p.entityId];
      values.push(p.agencyId, p.requestId, JSON.stringify(p.data), mac);
      values.forEach((v, c) => cols[c]?.push(v));
      [i + 1, prev, h].forEach((v, c) => links[c]?.push(v));
      prev = h;
    }
    await ds.query(
      `INSERT INTO audit_event (${COLUMNS}) OVERRIDING SYSTEM VALUE SELECT * FROM ${UNNEST}`,
      cols,
    );
    await ds.query(
      `INSERT INTO audit_chain (seq, prev_hash, hash)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])`,
      links,
    );
  }
  await ds.query("SELECT setval(pg_get_serial_sequence('audit_event', 'seq'), $1)", [ROWS]);
  await ds.query('VACUUM ANALYZE audit_event');
  await ds.query('VACUUM ANALYZE audit_chain');
  await ds.query('CHECKPOINT'); // the load's dirty pages are not flushed while timing verify
  return (performance.now() - started) / 1000;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function timeRecords(ds: DataSource, service: AuditService): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RECORDS; i++) {
    const started = performance.now();
    await runInTransaction(ds, (m) =>
      service.record(m, {
        actorId: null,
        action: 'bench.record',
        entityType: 'bench',
        entityId: String(i),
      }),
    );
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function timeVerify(verifier: AuditVerifier, label: string): Promise<void> {
  const started = performance.now();
  const result = await verifier.verify();
  const seconds = (performance.now() - started) / 1000;
  if (!result.ok || result.rows !== ROWS) {
    throw new Error(`verify failed: ${JSON.stringify(result)}`);
  }
  const rate = Math.round(ROWS / seconds).toLocaleString('en-US');
  console.log(
    `  AuditVerifier.verify(), ${label}: ${seconds.toFixed(2)} s, ${rate} rows/s (target ≥ 100,000)`,
  );
}

/** 1M chained rows: verification throughput, then the latency of AuditService.record. */
export async function benchAuditVerify(db: BenchDatabase): Promise<void> {
  if (!/bench/i.test(new URL(db.url).pathname)) {
    console.log('\nAudit chain: skipped (it truncates audit_event; use a database named *bench*)');
    return;
  }
  const config = loadAppConfigFromProcess().with({ auditKey: AUDIT_KEY, databaseUrl: db.url });
  const ds = await new DataSource({
    ...dataSourceOptions({ url: db.url, poolSize: 4, statementTimeoutMs: 600_000 }),
    logging: false,
  }).initialize();
  try {
    const repository = new AuditRepository(ds);
    console.log(`\nAudit chain, ${ROWS.toLocaleString('en-US')} rows`);
    const loadSeconds = await loadChain(ds);
    console.log(`  generate + load + VACUUM ANALYZE + CHECKPOINT: ${loadSeconds.toFixed(1)} s`);
    const clock = new SystemClock();
    const sealer = new AuditSealer(ds, repository, config);
    const verifier = new AuditVerifier(repository, config, clock, sealer);
    await timeVerify(verifier, 'first run');
    await timeVerify(verifier, 'second run');
    const times = await timeRecords(ds, new AuditService(repository, clock, config, sealer));
    console.log(
      `  AuditService.record, ${RECORDS} sequential transactions (1 INSERT + commit, no lock): ` +
        `p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms`,
    );
    const sealStarted = performance.now();
    const sealed = await sealer.sealNow();
    console.log(
      `  AuditSealer.sealNow() after them: ${sealed.sealed} rows linked in ` +
        `${(performance.now() - sealStarted).toFixed(0)} ms`,
    );
  } finally {
    await ds.destroy();
  }
}
