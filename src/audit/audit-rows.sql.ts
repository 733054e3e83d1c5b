import type { NewAuditRow, UnsealedRow } from './audit.repository';
import type { AuditPayload } from './domain/audit-hash';

/** SQL fragments and row mapping of AuditRepository (audit_event joined to audit_chain). */

/** Parameters per inserted audit row. */
const COLUMNS = 9;

export interface DbRow {
  seq: string;
  /** ISO 8601 UTC with milliseconds, formatted by PostgreSQL (cheaper than parsing a Date). */
  occurred_at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  agency_id: string | null;
  request_id: string | null;
  data: Record<string, unknown>;
  mac: string | null;
}

export interface DbChainRow extends DbRow {
  pos: string;
  prev_hash: string;
  hash: string;
}

export interface DbUnsealedRow extends DbRow {
  duplicate: boolean;
}

export const ROW_COLUMNS = `e.seq::text AS seq,
  to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at,
  e.actor_id, e.action, e.entity_type, e.entity_id, e.agency_id, e.request_id, e.data, e.mac`;

/**
 * `WITH` parts: `u` = up to `limit` rows without a link after `after` (oldest first); `d` = the
 * seqs, among the rows sharing an (agency, time) with them, whose mac first appears at an earlier
 * seq: copies. One index scan per (agency, time) of the batch (LATERAL, on
 * ix_audit_event__agency_id__occurred_at), however many rows share a time (bulk imports do; as a
 * plain join the planner, which cannot estimate `k`, hashed the whole table: 100 ms a pass of
 * 5,000 rows on 200k audit rows). `d` is one array, tested per row (DUPLICATE): a join of `u`
 * to the macs was planned as a nested loop on the same misestimate.
 */
export function unsealedCte(after: string, limit: string): string {
  return `u AS (
      SELECT e.* FROM audit_event e
       WHERE e.seq > ${after} AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.seq = e.seq)
       ORDER BY e.seq LIMIT ${limit}),
    k AS (SELECT DISTINCT agency_id, occurred_at FROM u),
    d AS (
      SELECT COALESCE(array_agg(o.seq), '{}') AS seqs FROM (
        SELECT o.seq, min(o.seq) OVER (PARTITION BY o.mac) AS first
          FROM k CROSS JOIN LATERAL (
            SELECT o.mac, o.seq FROM audit_event o
             WHERE o.agency_id = k.agency_id AND o.occurred_at = k.occurred_at
            UNION ALL
            SELECT o.mac, o.seq FROM audit_event o
             WHERE k.agency_id IS NULL AND o.agency_id IS NULL AND o.occurred_at = k.occurred_at) o
         WHERE o.mac IS NOT NULL) o
       WHERE o.first < o.seq)`;
}

/** With `unsealedCte`, over `u AS e`: the row copies an earlier one. */
export const DUPLICATE = 'e.seq = ANY((SELECT d.seqs FROM d)::bigint[]) AS duplicate';

export const UNSEALED = 'NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.seq = e.seq)';

export function payloadOf(row: DbRow): AuditPayload {
  return {
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    agencyId: row.agency_id,
    requestId: row.request_id,
    data: row.data,
  };
}

export const unsealedOf = (row: DbUnsealedRow): UnsealedRow => ({
  seq: row.seq,
  payload: payloadOf(row),
  mac: row.mac,
  duplicate: row.duplicate,
});

export function insertValues(rows: readonly NewAuditRow[]): { tuples: string; params: unknown[] } {
  const params: unknown[] = [];
  const tuples = rows.map(({ payload: p, mac }, i) => {
    params.push(p.occurredAt, p.actorId, p.action, p.entityType, p.entityId, p.agencyId);
    params.push(p.requestId, JSON.stringify(p.data), mac);
    const n = i * COLUMNS;
    return `($${n + 1}::timestamptz, $${n + 2}::uuid, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}::uuid, $${n + 7}, $${n + 8}::jsonb, $${n + 9})`;
  });
  return { tuples: tuples.join(', '), params };
}

/**
 * Several rows in their order, the columns as arrays: the text is the same for any number of
 * rows, so it is prepared once per connection instead of parsed for each batch.
 */
export const INSERT_ARRAYS_SQL = `
  INSERT INTO audit_event (occurred_at, actor_id, action, entity_type, entity_id, agency_id,
    request_id, data, mac)
  SELECT v.occurred_at, v.actor_id, v.action, v.entity_type, v.entity_id, v.agency_id,
         v.request_id, v.data, v.mac
    FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $5::text[],
                $6::uuid[], $7::text[], $8::jsonb[], $9::text[]) WITH ORDINALITY
         AS v(occurred_at, actor_id, action, entity_type, entity_id, agency_id, request_id,
              data, mac, n)
   WHERE pg_current_xact_id() IS NOT NULL
   ORDER BY v.n`;

/** The parameters of INSERT_ARRAYS_SQL: one array per column, rows in order. */
export function insertArrays(rows: readonly NewAuditRow[]): unknown[] {
  const column = (pick: (row: NewAuditRow) => unknown) => rows.map(pick);
  return [
    column((r) => r.payload.occurredAt),
    column((r) => r.payload.actorId),
    column((r) => r.payload.action),
    column((r) => r.payload.entityType),
    column((r) => r.payload.entityId),
    column((r) => r.payload.agencyId),
    column((r) => r.payload.requestId),
    column((r) => JSON.stringify(r.payload.data)),
    column((r) => r.mac),
  ];
}
