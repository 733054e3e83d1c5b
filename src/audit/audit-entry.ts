/** What a state-changing service records, in the same transaction as its change. */
export interface AuditEntry {
  /** The officer who acted; null for the system (migrations, CLI without an officer). */
  actorId: string | null;
  /** `area.verb`, e.g. `agency.create`, `officer.disable`, `identity.read`. */
  action: string;
  /** Table-level name of the record, e.g. `agency`, `officer`, `petition`. */
  entityType: string;
  entityId: string;
  /** The agency the record belongs to, for scoped audit queries. */
  agencyId?: string | null;
  requestId?: string | null;
  /** A small, non-personal summary of the change (ids, codes, old/new status). Never identity. */
  data?: Record<string, unknown>;
}
