import type { PoolClient } from 'pg';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { Where } from '../common/pagination/sql-where';
import { chainRangeQuery, RANGE_READER_SETTINGS } from './chain-range-reader';
import {
  DUPLICATE,
  type DbChainRow,
  type DbRow,
  type DbUnsealedRow,
  INSERT_ARRAYS_SQL,
  insertArrays,
  insertValues,
  payloadOf,
  ROW_COLUMNS,
  UNSEALED,
  unsealedCte,
  unsealedOf,
} from './audit-rows.sql';
import type { AuditPayload } from './domain/audit-hash';
import type { RawChainRow } from './domain/seal-check';

/** pg_advisory_xact_lock key that lets one sealer at a time append to audit_chain. */
export const AUDIT_SEALER_LOCK = '7202604150001';
const MIN_POS = '-9223372036854775808';

/** A row as the writer inserts it: its payload and the payload's own HMAC. */
export interface NewAuditRow {
  payload: AuditPayload;
  mac: string;
}

/** A committed row without a chain link, as the sealer and the verifier see it. */
export interface UnsealedRow {
  seq: string;
  payload: AuditPayload;
  /** Null only for a row inserted behind the service's back (every row it writes has one). */
  mac: string | null;
  /** An earlier row carries the same payload and mac: a copy. */
  duplicate: boolean;
}

/** A link of the chain joined to its row, in chain order (`pos`). `seq` is a bigint string. */
export interface ChainRow {
  pos: string;
  seq: string;
  payload: AuditPayload;
  /** Null for rows sealed before AddAuditChain1767225683000 (their link seals the payload). */
  mac: string | null;
  prevHash: string;
  hash: string;
}

/** What one sealing pass read, in one statement (so with one snapshot). */
export interface SealerSnapshot {
  /** Oldest transaction id still running when the rows were read (xid8, as a string). */
  xmin: string;
  /**
   * The reading transaction's own id, when asked for (drawn by the statement): every transaction
   * that had drawn an id before the statement has a lower one. Null when not asked.
   */
  xid: string | null;
  /** The newest link's hash; null for an empty chain. */
  head: string | null;
  rows: UnsealedRow[];
}

export interface NewLink {
  seq: string;
  prevHash: string;
  hash: string;
}

export interface AuditListFilter {
  entityType?: string;
  entityId?: string;
  /** The agencies the viewer may see; null = every agency. */
  agencyIds: readonly string[] | null;
  /** Keyset: only rows older than this seq; null from the newest. */
  beforeSeq: string | null;
  limit: number;
}

export interface AuditListRow extends AuditPayload {
  seq: string;
}

/** Every query on audit_event and audit_chain. Writes go through the caller's transaction. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One INSERT, no lock. The sealer relies on "a seq drawn before time t belongs to a transaction
   * whose id was assigned before t", so the transaction takes its id before any row's default
   * `seq` is drawn: `pg_current_xact_id()` is a one-time filter of the plan's Result node, which
   * runs before the node projects its first row (and with it `nextval`). An unreferenced subquery
   * in FROM does not do this: the planner drops it, and the id was then assigned by the heap
   * insert, after `nextval` (a row could be passed by the floor and never sealed).
   */
  async insert(manager: EntityManager, rows: readonly NewAuditRow[]): Promise<void> {
    if (rows.length > 1) return this.insertMany(manager, rows);
    const { tuples, params } = insertValues(rows);
    await manager.query(
      `INSERT INTO audit_event (occurred_at, actor_id, action, entity_type, entity_id, agency_id,
        request_id, data, mac)
       SELECT v.occurred_at, v.actor_id, v.action, v.entity_type, v.entity_id, v.agency_id,
              v.request_id, v.data, v.mac
         FROM (VALUES ${tuples}) AS v(occurred_at, actor_id, action, entity_type, entity_id,
              agency_id, request_id, data, mac)
        WHERE pg_current_xact_id() IS NOT NULL`,
      params,
    );
  }

  /** Several rows in their order (an import batch): one text for any number of rows. */
  private async insertMany(manager: EntityManager, rows: readonly NewAuditRow[]): Promise<void> {
    await manager.query(INSERT_ARRAYS_SQL, insertArrays(rows));
  }

  /** The highest seq drawn so far by anyone (0 when none), read from the identity sequence. */
  async lastSeq(): Promise<bigint> {
    const rows = await this.dataSource.query<{ last: string }[]>(
      `SELECT COALESCE(pg_sequence_last_value(pg_get_serial_sequence('audit_event', 'seq')::regclass), 0)::text AS last`,
    );
    return BigInt(rows[0]?.last ?? '0');
  }

  /** Waits for the sealer lock (held to commit). */
  async lockSealer(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1::bigint)', [AUDIT_SEALER_LOCK]);
  }

  /** The highest sealed seq (0 for an empty chain): where a new sealer starts looking. */
  async maxSealedSeq(): Promise<bigint> {
    const rows = await this.dataSource.query<{ seq: string | null }[]>(
      'SELECT max(seq)::text AS seq FROM audit_chain',
    );
    return BigInt(rows[0]?.seq ?? '0');
  }

  /**
   * Rows after `floor` without a link, oldest first, and the snapshot they were read with — one
   * statement: every transaction older than `xmin` had committed (and is in `rows`) or aborted.
   */
  async unsealedAfter(
    manager: EntityManager,
    floor: bigint,
    limit: number,
    withXid: boolean,
  ): Promise<SealerSnapshot> {
    type Row = Partial<DbUnsealedRow> & { xmin: string; xid: string | null; head: string | null };
    const rows = await manager.query<Row[]>(
      `WITH s AS (
         SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
                CASE WHEN $3::boolean THEN pg_current_xact_id()::text END AS xid,
                (SELECT hash FROM audit_chain ORDER BY pos DESC LIMIT 1) AS head),
       ${unsealedCte('$1::bigint', '$2')}
       SELECT s.xmin, s.xid, s.head, ${ROW_COLUMNS}, ${DUPLICATE}
         FROM s LEFT JOIN u AS e ON true
        ORDER BY e.seq`,
      [floor.toString(), limit, withXid],
    );
    const first = rows[0];
    return {
      xmin: first?.xmin ?? '0',
      xid: first?.xid ?? null,
      head: first?.head ?? null,
      rows: rows
        .filter((r) => typeof r.seq === 'string')
        .map((r) => unsealedOf(r as DbUnsealedRow)),
    };
  }

  /** Appends links in the given order (one statement). */
  async appendLinks(manager: EntityManager, links: readonly NewLink[]): Promise<void> {
    await manager.query(
      `INSERT INTO audit_chain (seq, prev_hash, hash)
       SELECT l.seq, l.p, l.h
         FROM unnest($1::bigint[], $2::text[], $3::text[]) WITH ORDINALITY AS l(seq, p, h, n)
        ORDER BY l.n`,
      [links.map((l) => l.seq), links.map((l) => l.prevHash), links.map((l) => l.hash)],
    );
  }

  /** The first and last `pos` of the chain; null when it is empty. */
  async chainBounds(): Promise<{ first: string; last: string } | null> {
    const [row] = await this.dataSource.query<{ first: string | null; last: string | null }[]>(
      'SELECT min(pos)::text AS first, max(pos)::text AS last FROM audit_chain',
    );
    return row?.first && row.last ? { first: row.first, last: row.last } : null;
  }

  /**
   * The links from..to (pos, inclusive) joined to their rows, as raw text rows: one statement,
   * in a read-only transaction with the range reader's settings.
   */
  async chainRange(from: string, to: string): Promise<RawChainRow[]> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      await client.query('BEGIN READ ONLY');
      try {
        for (const [name, value] of Object.entries(RANGE_READER_SETTINGS)) {
          await client.query(`SELECT set_config($1, $2, true)`, [name, value]);
        }
        return (await client.query<RawChainRow>(chainRangeQuery(from, to))).rows;
      } finally {
        await client.query('COMMIT');
      }
    } finally {
      await runner.release();
    }
  }

  /** The URL the DataSource connects with (the verifier's workers open their own connections). */
  databaseUrl(): string | null {
    const { url } = this.dataSource.options as { url?: string };
    return url ?? null;
  }

  /** Up to `limit` links after `afterPos` (null: from the start), joined to their rows. */
  async chainBatch(afterPos: string | null, limit: number): Promise<ChainRow[]> {
    const rows = await this.dataSource.query<DbChainRow[]>(
      `SELECT c.pos::text AS pos, ${ROW_COLUMNS}, c.prev_hash, c.hash
         FROM audit_chain c JOIN audit_event e ON e.seq = c.seq
        WHERE c.pos > $1::bigint ORDER BY c.pos LIMIT $2`,
      [afterPos ?? MIN_POS, limit],
    );
    return rows.map((row) => ({
      pos: row.pos,
      seq: row.seq,
      payload: payloadOf(row),
      mac: row.mac,
      prevHash: row.prev_hash,
      hash: row.hash,
    }));
  }

  /**
   * For a broken link: the first link (whose row exists) with hash `prevHash`, and the first
   * earlier one that carries the same `hash` (a copy). One scan; only run once a break is found.
   */
  async hashUsage(row: ChainRow): Promise<{ linkedPos: string | null; copyOfPos: string | null }> {
    const rows = await this.dataSource.query<{ linked: string | null; copy: string | null }[]>(
      `SELECT (min(c.pos) FILTER (WHERE c.hash = $1))::text AS linked,
              (min(c.pos) FILTER (WHERE c.hash = $2 AND c.pos < $3::bigint))::text AS copy
         FROM audit_chain c JOIN audit_event e ON e.seq = c.seq`,
      [row.prevHash, row.hash, row.pos],
    );
    return { linkedPos: rows[0]?.linked ?? null, copyOfPos: rows[0]?.copy ?? null };
  }

  /** Every row without a link: how many, and the first `limit` of them (oldest first). */
  async unsealed(limit: number): Promise<{ count: number; rows: UnsealedRow[] }> {
    const [rows, total] = await Promise.all([
      this.dataSource.query<DbUnsealedRow[]>(
        `WITH ${unsealedCte("'-9223372036854775808'::bigint", '$1')}
         SELECT ${ROW_COLUMNS}, ${DUPLICATE} FROM u AS e
          ORDER BY e.seq`,
        [limit],
      ),
      this.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_event e WHERE ${UNSEALED}`,
      ),
    ]);
    return { count: total[0]?.n ?? 0, rows: rows.map(unsealedOf) };
  }

  /** Newest first, filtered in SQL (scope included), one more row than the limit. */
  async list(filter: AuditListFilter): Promise<AuditListRow[]> {
    const { entityType, entityId, agencyIds, beforeSeq } = filter;
    const w = new Where();
    if (entityType !== undefined) w.add((p) => `e.entity_type = ${p(entityType)}`);
    if (entityId !== undefined) w.add((p) => `e.entity_id = ${p(entityId)}`);
    if (agencyIds !== null) w.add((p) => `e.agency_id = ANY(${p(agencyIds)}::uuid[])`);
    if (beforeSeq !== null) w.add((p) => `e.seq < ${p(beforeSeq)}::bigint`);
    const limit = w.param(filter.limit + 1);
    const rows = await this.dataSource.query<DbRow[]>(
      `SELECT ${ROW_COLUMNS} FROM audit_event e ${w.toString()} ORDER BY e.seq DESC LIMIT ${limit}`,
      w.params,
    );
    return rows.map((row) => ({ seq: row.seq, ...payloadOf(row) }));
  }
}
