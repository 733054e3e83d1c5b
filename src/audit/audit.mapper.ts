import type { AuditListRow } from './audit.repository';
import type { AuditEventResponse } from './dto/audit-event.response';

/** Whitelists the fields a reader of the trail sees (no hashes, no request id). */
export function toAuditEventResponse(row: AuditListRow): AuditEventResponse {
  return {
    seq: row.seq,
    occurredAt: row.occurredAt,
    actorId: row.actorId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    agencyId: row.agencyId,
    data: row.data,
  };
}
