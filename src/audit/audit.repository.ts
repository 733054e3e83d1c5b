import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { type AuditPayload, GENESIS_HASH } from './domain/audit-hash';

/** pg_advisory_xact_lock key that serialises writers of the chain (an arbitrary constant). */
export const AUDIT_CHAIN_LOCK = '7202604150001';
const MIN_SEQ = '-9223372036854775808';
const COLUMNS = 10;

/** A row as the chain sees it. `seq` is a bigint, kept as a string. */
export interface ChainRow {
  seq: string;
  payload: AuditPayload;
  prevHash: string;
  hash: string;
}

export type NewAuditRow = Omit<ChainRow, 'seq'>;

export interface AuditListFilter {
  entityType?: string;
  entityId?: string;
  /** The agencies the viewer may see; null = every agency. */
  agencyIds: readonly string[] | null;
  /** Keyset: only rows older than this seq. */
  beforeSeq?: string;
  limit: number;
}

export interface AuditListRow extends AuditPayload {
  seq: string;
}

interface DbRow {
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
  prev_hash: string;
  hash: string;
}

const SELECT_ROW = `SELECT seq::text AS seq,
  to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at,
  actor_id, action, entity_type, entity_id, agency_id, request_id, data, prev_hash, hash
  FROM audit_event`;

function payloadOf(row: DbRow): AuditPayload {
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

function chainRowOf(row: DbRow): ChainRow {
  return { seq: row.seq, payload: payloadOf(row), prevHash: row.prev_hash, hash: row.hash };
}

function insertValues(rows: readonly NewAuditRow[]): { tuples: string; params: unknown[] } {
  const params: unknown[] = [];
  const tuples = rows.map(({ payload: p, prevHash, hash }, i) => {
    params.push(p.occurredAt, p.actorId, p.action, p.entityType, p.entityId, p.agencyId);
    params.push(p.requestId, JSON.stringify(p.data), prevHash, hash);
    const n = i * COLUMNS;
    return `($${n + 1}::timestamptz, $${n + 2}::uuid, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}::uuid, $${n + 7}, $${n + 8}::jsonb, $${n + 9}, $${n + 10})`;
  });
  return { tuples: tuples.join(', '), params };
}

/** Every query on audit_event. Writes go through the caller's transaction manager. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Held until the caller's transaction ends, so chain writers go one at a time. */
  async lockChain(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1::bigint)', [AUDIT_CHAIN_LOCK]);
  }

  /** The newest row's hash (genesis for an empty trail); read after lockChain. */
  async headHash(manager: EntityManager): Promise<string> {
    const rows = await manager.query<{ hash: string }[]>(
      'SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1',
    );
    return rows[0]?.hash ?? GENESIS_HASH;
  }

  async insert(manager: EntityManager, rows: readonly NewAuditRow[]): Promise<void> {
    const { tuples, params } = insertValues(rows);
    await manager.query(
      `INSERT INTO audit_event (occurred_at, actor_id, action, entity_type, entity_id, agency_id,
        request_id, data, prev_hash, hash) VALUES ${tuples}`,
      params,
    );
  }

  /** Up to `limit` rows after `afterSeq` (null: from the start), in chain order. */
  async chainBatch(afterSeq: string | null, limit: number): Promise<ChainRow[]> {
    const rows = await this.dataSource.query<DbRow[]>(
      `${SELECT_ROW} WHERE seq > $1::bigint ORDER BY audit_event.seq LIMIT $2`,
      [afterSeq ?? MIN_SEQ, limit],
    );
    return rows.map(chainRowOf);
  }

  /**
   * For a broken row: the first row whose hash is `prevHash`, and the first earlier row that
   * carries the same `hash` (a copy). One scan; only run once a break is found.
   */
  async hashUsage(row: ChainRow): Promise<{ linkedSeq: string | null; copyOfSeq: string | null }> {
    const rows = await this.dataSource.query<{ linked: string | null; copy: string | null }[]>(
      `SELECT (min(seq) FILTER (WHERE hash = $1))::text AS linked,
              (min(seq) FILTER (WHERE hash = $2 AND seq < $3::bigint))::text AS copy
         FROM audit_event`,
      [row.prevHash, row.hash, row.seq],
    );
    return { linkedSeq: rows[0]?.linked ?? null, copyOfSeq: rows[0]?.copy ?? null };
  }

  /** Newest first, filtered in SQL (scope included), one more row than the limit. */
  async list(filter: AuditListFilter): Promise<AuditListRow[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.entityType !== undefined) add('entity_type = ?', filter.entityType);
    if (filter.entityId !== undefined) add('entity_id = ?', filter.entityId);
    if (filter.agencyIds !== null) add('agency_id = ANY(?::uuid[])', filter.agencyIds);
    if (filter.beforeSeq !== undefined) add('seq < ?::bigint', filter.beforeSeq);
    params.push(filter.limit + 1);
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const rows = await this.dataSource.query<DbRow[]>(
      `${SELECT_ROW} ${clause} ORDER BY audit_event.seq DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map((row) => ({ seq: row.seq, ...payloadOf(row) }));
  }
}
