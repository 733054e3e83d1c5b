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

/** What a range of the chain (consecutive `pos`) says of itself, checked on its own. */
export interface RangeCheck {
  /** Links read. */
  count: number;
  /** The first link's pos and prev_hash: the walk compares it with the hash before the range. */
  firstPos: string | null;
  firstPrev: string | null;
  /** The last link's hash: what the next range's first link must name. */
  lastHash: string | null;
  /**
   * Index of the first link whose seal fails or that does not name the link before it in the
   * range; -1 if none.
   */
  bad: number;
  /** `pos` of that link (null if none). */
  badPos: string | null;
}

/**
 * Checks a range of links on its own: each row's seals (every link names its predecessor's
 * hash, so that needs nothing outside the row) and, from the second link on, that it names the
 * link before it. Whether the first link names the hash before the range is for the walk to say.
 */
export function checkRange(hmacs: AuditHmacs, rows: readonly RawChainRow[]): RangeCheck {
  let prev: string | null = null;
  const bad = rows.findIndex((r) => {
    const broken =
      (prev !== null && r[11] !== prev) ||
      !sealValid(hmacs, { prevHash: r[11], hash: r[12], mac: r[10], payload: rawPayload(r) });
    prev = r[12];
    return broken;
  });
  return {
    count: rows.length,
    firstPos: rows[0]?.[0] ?? null,
    firstPrev: rows[0]?.[11] ?? null,
    lastHash: rows.at(-1)?.[12] ?? null,
    bad,
    badPos: bad === -1 ? null : rows[bad]![0],
  };
}
