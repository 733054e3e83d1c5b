import type { AuditEntry } from '../../src/audit/audit-entry';
import { AuditService } from '../../src/audit/audit.service';
import { runInTransaction } from '../../src/database/transaction';
import type { TestApp } from './test-app';

export const AGENCY_A = '0b6f4a4e-8a3e-4b8e-9d55-2f0c1f3a9e10';
export const AGENCY_B = '5d7e2c1a-3f4b-4c5d-8e9f-0a1b2c3d4e5f';
const TRIGGER = 'trg_audit_event__append_only';

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

export function storedChain(t: TestApp): Promise<StoredChainRow[]> {
  return t.dataSource.query<StoredChainRow[]>(
    'SELECT seq::text AS seq, prev_hash, hash FROM audit_event ORDER BY audit_event.seq',
  );
}

/** What an owner or superuser could do: switch the trigger off, change rows, switch it on. */
export async function tamperAudit(t: TestApp, sql: string): Promise<void> {
  await t.dataSource.query(`ALTER TABLE audit_event DISABLE TRIGGER ${TRIGGER}`);
  try {
    await t.dataSource.query(sql);
  } finally {
    await t.dataSource.query(`ALTER TABLE audit_event ENABLE TRIGGER ${TRIGGER}`);
  }
}
