import type { TestApp } from './test-app';

/** One audit row of a proceeding, as a reader of the audit trail sees it. */
export interface AuditRow {
  action: string;
  actorId: string | null;
  /** The move the row records (`data.from` → `data.to`), null for edits that keep the status. */
  from: string | null;
  to: string | null;
  data: Record<string, unknown>;
}

/**
 * The audit rows written for one entity, oldest first: the action, who did it, the move and its
 * data (due dates, timeliness, decision numbers). `auditActions` (resolution.factory) gives only
 * the action names; this is for assertions on what each row says.
 */
export async function auditRows(t: TestApp, entityId: string): Promise<AuditRow[]> {
  const rows = await t.dataSource.query<
    { action: string; actor_id: string | null; data: Record<string, unknown> }[]
  >('SELECT action, actor_id, data FROM audit_event WHERE entity_id = $1 ORDER BY seq', [entityId]);
  return rows.map((r) => ({
    action: r.action,
    actorId: r.actor_id,
    from: (r.data.from as string | null | undefined) ?? null,
    to: (r.data.to as string | null | undefined) ?? null,
    data: r.data,
  }));
}

/** The first row of `action`; throws (naming the actions present) when there is none. */
export function rowOf(rows: readonly AuditRow[], action: string): AuditRow {
  const row = rows.find((r) => r.action === action);
  if (!row) throw new Error(`no audit row ${action} in ${rows.map((r) => r.action).join(', ')}`);
  return row;
}
