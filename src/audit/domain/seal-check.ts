import type { AuditHmacs, AuditPayload } from './audit-hash';

/**
 * One link joined to its row as the verifier reads it: every column as PostgreSQL's text
 * (`data` is the jsonb's JSON text, `occurredAt` ISO 8601 UTC with milliseconds), in this order.
 */
export type RawChainRow = [
  pos: string,
  seq: string,
  occurredAt: string,
  actorId: string | null,
  action: string,
  entityType: string,
  entityId: string,
  agencyId: string | null,
  requestId: string | null,
  data: string,
  mac: string | null,
  prevHash: string,
  hash: string,
];

/** The sealed payload of a raw row (`data` parsed as the jsonb column reads back). */
export function rawPayload(row: RawChainRow): AuditPayload {
  return {
    occurredAt: row[2],
    actorId: row[3],
    action: row[4],
    entityType: row[5],
    entityId: row[6],
    agencyId: row[7],
    requestId: row[8],
    data: JSON.parse(row[9]) as Record<string, unknown>,
  };
}

/** A row with its link: what sealValid checks. */
export interface SealedRow {
  prevHash: string;
  hash: string;
  /** Null for legacy links (sealed before AddAuditChain1767225683000). */
  mac: string | null;
  payload: AuditPayload;
}

/**
 * The link's HMAC is right, and so is the row's own: hash = HMAC(prevHash ‖ mac) and
 * mac = HMAC(payload); a legacy link (no mac) seals the payload: hash = HMAC(prevHash ‖ payload).
 */
export function sealValid(hmacs: AuditHmacs, link: SealedRow): boolean {
  const { prevHash, hash, mac, payload } = link;
  if (mac === null) return hmacs.legacy(prevHash, payload) === hash;
  return hmacs.link(prevHash, mac) === hash && hmacs.mac(payload) === mac;
}

/**
 * Index of the first row whose seal does not verify, -1 if all do. Each row is checked on its
 * own (its link names its predecessor's hash), so batches can be checked in any thread.
 */
export function firstInvalidSeal(hmacs: AuditHmacs, rows: readonly RawChainRow[]): number {
  return rows.findIndex(
    (r) => !sealValid(hmacs, { prevHash: r[11], hash: r[12], mac: r[10], payload: rawPayload(r) }),
  );
}
