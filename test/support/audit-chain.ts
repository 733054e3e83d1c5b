import type { AuditEntry } from '../../src/audit/audit-entry';
import { AuditSealer } from '../../src/audit/audit-sealer';
import { AuditService } from '../../src/audit/audit.service';
import { runInTransaction } from '../../src/database/transaction';
import type { TestApp } from './test-app';

export const AGENCY_A = '0b6f4a4e-8a3e-4b8e-9d55-2f0c1f3a9e10';
export const AGENCY_B = '5d7e2c1a-3f4b-4c5d-8e9f-0a1b2c3d4e5f';
const TABLES = ['audit_chain', 'audit_event'];

/** A link of the chain, in chain order. */
export interface StoredChainRow {
  seq: string;
  prev_hash: string;
  hash: string;
}

export const auditEntry = (i: number, over: Partial<AuditEntry> = {}): AuditEntry => ({
  actorId: null,
  action: 'probe.write',
  entityType: 'probe',
  entityId: `p-${i}`,
  agencyId: AGENCY_A,
  requestId: `req-${i}`,
  data: { i, note: 'Ghi nhận thử nghiệm' },
  ...over,
});

/** Each entry in its own transaction, one after the other. */
export async function recordEvents(t: TestApp, ...entries: AuditEntry[]): Promise<void> {
  const audit = t.app.get(AuditService);
  for (const e of entries) await runInTransaction(t.dataSource, (m) => audit.record(m, e));
}

/** Links every committed row now (instead of waiting for the background sealer). */
export function sealAudit(t: TestApp) {
  return t.app.get(AuditSealer).sealNow();
}

/** The chain's links in chain order, after sealing what has committed. */
export async function storedChain(t: TestApp): Promise<StoredChainRow[]> {
  await sealAudit(t);
  return t.dataSource.query<StoredChainRow[]>(
    'SELECT c.seq::text AS seq, c.prev_hash, c.hash FROM audit_chain c ORDER BY c.pos',
  );
}

/** What an owner or superuser could do: switch the triggers off, change rows, switch them on. */
export async function tamperAudit(t: TestApp, sql: string): Promise<void> {
  for (const table of TABLES) {
    await t.dataSource.query(`ALTER TABLE ${table} DISABLE TRIGGER trg_${table}__append_only`);
  }
  try {
    await t.dataSource.query(sql);
  } finally {
    for (const table of TABLES) {
      await t.dataSource.query(`ALTER TABLE ${table} ENABLE TRIGGER trg_${table}__append_only`);
    }
  }
  // The owner may have restarted the sequence (TRUNCATE … RESTART IDENTITY): the sealer forgets it.
  await t.app.get(AuditSealer).reset();
}

/**
 * Runs `work` with the background sealer paused (what was committed is sealed first), for tests
 * that count the SQL statements of a request: a sealing pass would add its own.
 */
export async function withoutBackgroundSealing<T>(t: TestApp, work: () => Promise<T>): Promise<T> {
  const sealer = t.app.get(AuditSealer);
  sealer.stop();
  await sealer.sealNow();
  try {
    return await work();
  } finally {
    sealer.start();
  }
}

/**
 * A sealed chain of eleven rows at seq 1–8 and 10–12: seq 9 was taken by a transaction that
 * rolled back. Tests tamper with it from there.
 */
export async function freshAuditChain(t: TestApp): Promise<void> {
  await tamperAudit(t, 'TRUNCATE audit_chain, audit_event RESTART IDENTITY');
  await recordEvents(t, ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => auditEntry(i)));
  await runInTransaction(t.dataSource, async (m) => {
    await t.app.get(AuditService).record(m, auditEntry(99));
    throw new Error('rolled back');
  }).catch(() => undefined);
  await recordEvents(t, auditEntry(10), auditEntry(11), auditEntry(12));
  await sealAudit(t); // tampering happens to a sealed chain
}
