import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** One POST sent with an Idempotency-Key, as it is claimed. */
export interface IdempotencyClaim {
  principal: string;
  key: string;
  requestHash: string;
  method: string;
  path: string;
  createdAt: Date;
}

export interface StoredReply {
  requestHash: string;
  statusCode: number | null;
  body: unknown;
}

const MAX_PATH = 2048;

/** The pg client under a TypeORM query runner (PostgresQueryRunner.databaseConnection). */
interface PgConnection {
  query(text: string, values: unknown[]): Promise<unknown>;
}

/** Every query on idempotency_key. Claims and replies go through the request's transaction. */
@Injectable()
export class IdempotencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * True when this request now owns the key. A concurrent request with the same key waits here on
   * the primary key until the owner's transaction ends, then gets false (owner committed) or the
   * key (owner rolled back).
   */
  async claim(manager: EntityManager, claim: IdempotencyClaim): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO idempotency_key (principal, key, request_hash, method, path, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (principal, key) DO NOTHING RETURNING 1`,
      [
        claim.principal,
        claim.key,
        claim.requestHash,
        claim.method,
        claim.path.slice(0, MAX_PATH),
        claim.createdAt.toISOString(),
      ],
    );
    return rows.length === 1;
  }

  async find(manager: EntityManager, principal: string, key: string): Promise<StoredReply | null> {
    const rows = await manager.query<
      { request_hash: string; status_code: number | null; response_body: unknown }[]
    >(
      `SELECT request_hash, status_code, response_body FROM idempotency_key
        WHERE principal = $1 AND key = $2`,
      [principal, key],
    );
    const row = rows[0];
    if (!row) return null;
    return { requestHash: row.request_hash, statusCode: row.status_code, body: row.response_body };
  }

  /**
   * Stores the reply before the owner's transaction commits. The UPDATE is handed to the
   * transaction's connection synchronously, in this call: whatever the caller sends after it —
   * the COMMIT, without waiting for this answer (the connection pipelines) — is sent after it.
   */
  complete(
    manager: EntityManager,
    claim: IdempotencyClaim,
    reply: { statusCode: number; body: unknown },
  ): Promise<void> {
    const body = reply.body === undefined ? null : JSON.stringify(reply.body);
    const sql = `UPDATE idempotency_key SET status_code = $3, response_body = $4::jsonb
        WHERE principal = $1 AND key = $2`;
    const values = [claim.principal, claim.key, reply.statusCode, body];
    const connection = (manager.queryRunner as { databaseConnection?: PgConnection } | undefined)
      ?.databaseConnection;
    const sent = connection ? connection.query(sql, values) : manager.query(sql, values);
    return sent.then(() => undefined);
  }

  /** Deletes keys claimed before `cutoff`; returns how many. */
  async purgeCreatedBefore(cutoff: Date): Promise<number> {
    const rows = await this.dataSource.query<{ n: number }[]>(
      `WITH gone AS (DELETE FROM idempotency_key WHERE created_at < $1 RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [cutoff.toISOString()],
    );
    return rows[0]?.n ?? 0;
  }
}
