import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { fieldInvalid } from '../common/errors/common-errors';
import { decodeCursor, encodeCursor, type Page, toPage } from '../common/http/page';
import { messagesVi, validationMessageVi } from '../common/i18n/messages.vi';
import { Clock } from '../common/time/clock';
import { AppConfig } from '../config/app-config';
import type { AuditEntry } from './audit-entry';
import { chainHasherFrom } from './audit-key';
import { toAuditEventResponse } from './audit.mapper';
import { AuditRepository, type NewAuditRow } from './audit.repository';
import { type AuditPayload, type ChainHasher, jsonRoundTrip } from './domain/audit-hash';
import type { AuditEventResponse } from './dto/audit-event.response';
import type { AuditListQueryDto } from './dto/audit-list-query.dto';

/** Rows per INSERT in recordMany (10 parameters each, far below PostgreSQL's 65,535). */
const INSERT_CHUNK = 1_000;

function payloadOf(entry: AuditEntry, occurredAt: string): AuditPayload {
  return {
    occurredAt,
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    agencyId: entry.agencyId ?? null,
    requestId: entry.requestId ?? null,
    data: jsonRoundTrip(entry.data),
  };
}

function beforeSeqOf(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const [seq] = decodeCursor(cursor, 1) ?? [];
  if (typeof seq === 'string' && /^[0-9]{1,19}$/.test(seq)) return seq;
  const message = messagesVi.fieldMessage('cursor', validationMessageVi('matches', []));
  throw fieldInvalid('cursor', 'matches', message);
}

/** Writes and reads the hash-chained audit trail (research A.5.2). */
@Injectable()
export class AuditService {
  private readonly hash: ChainHasher;

  constructor(
    private readonly repository: AuditRepository,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.hash = chainHasherFrom(config);
  }

  /**
   * Appends one event inside the caller's transaction (`manager` is the transaction's): lock the
   * chain, read its head, insert — three statements. The lock is held until the caller commits,
   * so the next writer sees this row as its predecessor. READ COMMITTED only (runInTransaction).
   */
  record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    return this.recordMany(manager, [entry]);
  }

  /** Appends several events in order (bulk import), with one lock and one head read. */
  async recordMany(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.repository.lockChain(manager);
    let prevHash = await this.repository.headHash(manager);
    const occurredAt = this.clock.now().toISOString();
    const rows: NewAuditRow[] = entries.map((entry) => {
      const payload = payloadOf(entry, occurredAt);
      const row = { payload, prevHash, hash: this.hash(prevHash, payload) };
      prevHash = row.hash;
      return row;
    });
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await this.repository.insert(manager, rows.slice(i, i + INSERT_CHUNK));
    }
  }

  /** Newest first. `agencyIds`: the viewer's scope (null = all agencies, for admins). */
  async list(
    query: AuditListQueryDto,
    agencyIds: readonly string[] | null,
  ): Promise<Page<AuditEventResponse>> {
    const rows = await this.repository.list({
      entityType: query.entityType,
      entityId: query.entityId,
      agencyIds,
      beforeSeq: beforeSeqOf(query.cursor),
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (row) => encodeCursor([row.seq]));
    return { ...page, items: page.items.map(toAuditEventResponse) };
  }
}
