import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { encodeCursor, type Page, toPage } from '../common/http/page';
import { decodeSeqCursor } from '../common/pagination/keyset';
import { Clock } from '../common/time/clock';
import { AppConfig } from '../config/app-config';
import type { AuditEntry } from './audit-entry';
import { auditHmacsFrom } from './audit-key';
import { AuditSealer } from './audit-sealer';
import { toAuditEventResponse } from './audit.mapper';
import { AuditRepository, type NewAuditRow } from './audit.repository';
import { type AuditPayload, type PayloadMac, jsonRoundTrip } from './domain/audit-hash';
import type { AuditEventResponse } from './dto/audit-event.response';
import type { AuditListQueryDto } from './dto/audit-list-query.dto';

/** Rows per INSERT in recordMany (9 parameters each, far below PostgreSQL's 65,535). */
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

/** Writes and reads the hash-chained audit trail (research A.5.2, issue 6). */
@Injectable()
export class AuditService {
  private readonly mac: PayloadMac;

  constructor(
    private readonly repository: AuditRepository,
    private readonly clock: Clock,
    config: AppConfig,
    private readonly sealer: AuditSealer,
  ) {
    this.mac = auditHmacsFrom(config).mac;
  }

  /**
   * Appends one event inside the caller's transaction (`manager` is the transaction's): ONE
   * INSERT of the row with its own HMAC, no lock — concurrent writers do not wait for each other.
   * The AuditSealer links it into the chain after the transaction commits.
   */
  record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    return this.recordMany(manager, [entry]);
  }

  /** Appends several events in order (bulk import): one INSERT per 1,000 rows, sealed in order. */
  async recordMany(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const occurredAt = this.clock.now().toISOString();
    const rows: NewAuditRow[] = entries.map((entry) => {
      const payload = payloadOf(entry, occurredAt);
      return { payload, mac: this.mac(payload) };
    });
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await this.repository.insert(manager, rows.slice(i, i + INSERT_CHUNK));
    }
    this.sealer.schedule();
  }

  /** Seals every committed row now (tests; verification calls the sealer itself). */
  sealNow(): Promise<unknown> {
    return this.sealer.sealNow();
  }

  /**
   * Newest first. `agencyIds`: the viewer's scope (null = all agencies, for admins). Reads
   * audit_event itself, so committed rows are listed whether sealed yet or not.
   */
  async list(
    query: AuditListQueryDto,
    agencyIds: readonly string[] | null,
  ): Promise<Page<AuditEventResponse>> {
    const rows = await this.repository.list({
      entityType: query.entityType,
      entityId: query.entityId,
      agencyIds,
      beforeSeq: decodeSeqCursor(query.cursor),
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (row) => encodeCursor([row.seq]));
    return { ...page, items: page.items.map(toAuditEventResponse) };
  }
}
