import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

import canonicalize from 'canonicalize';

import { hmacSha256 } from './hmac-sha256';

/** The predecessor of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * What the chain seals for one row: every field except `seq` (the storage position; the chain's
 * own links fix the order) and the two hashes. `occurredAt` is ISO 8601 with milliseconds.
 */
export interface AuditPayload {
  occurredAt: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  agencyId: string | null;
  requestId: string | null;
  data: Record<string, unknown>;
}

/** `hash(prevHash, payload)` for one key: HMAC-SHA256(key, prevHash ‖ RFC 8785 JSON), hex. */
export type ChainHasher = (prevHash: string, payload: AuditPayload) => string;

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON representation');
  return text;
}

const str = JSON.stringify;

/**
 * Equal to `canonicalJson(payload)` (a spec checks it), twice as fast: the fixed keys are written
 * in RFC 8785 order (UTF-16 code units) and only `data` goes through the canonicaliser.
 */
export function canonicalPayload(p: AuditPayload): string {
  return (
    `{"action":${str(p.action)},"actorId":${str(p.actorId)},"agencyId":${str(p.agencyId)},` +
    `"data":${canonicalJson(p.data)},"entityId":${str(p.entityId)},` +
    `"entityType":${str(p.entityType)},"occurredAt":${str(p.occurredAt)},` +
    `"requestId":${str(p.requestId)}}`
  );
}

export function createChainHasher(key: string): ChainHasher {
  const secret: KeyObject = createSecretKey(Buffer.from(key, 'utf8'));
  return (prevHash, payload) =>
    createHmac('sha256', secret)
      .update(prevHash + canonicalPayload(payload))
      .digest('hex');
}

/**
 * `data` exactly as it will read back from the jsonb column (undefined dropped, dates as
 * strings), so that the hash computed before the insert equals the one recomputed later.
 */
export function jsonRoundTrip(data: Record<string, unknown> | undefined): Record<string, unknown> {
  if (data === undefined) return {};
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}

/** The per-row seal written with the row: HMAC-SHA256(key, RFC 8785 JSON of the payload), hex. */
export type PayloadMac = (payload: AuditPayload) => string;

/** The chain link over a row's mac: HMAC-SHA256(key, prevHash ‖ mac), hex (both 64 hex digits). */
export type LinkHasher = (prevHash: string, mac: string) => string;

/** The three HMACs of the audit trail, under one key. */
export interface AuditHmacs {
  mac: PayloadMac;
  link: LinkHasher;
  /** Links sealed before migration AddAuditChain1767225683000 (no mac): prev ‖ payload JSON. */
  legacy: ChainHasher;
}

export function createAuditHmacs(key: string): AuditHmacs {
  const hmac = hmacSha256(Buffer.from(key, 'utf8'));
  return {
    mac: (payload) => hmac(canonicalPayload(payload)),
    link: (prevHash, mac) => hmac(prevHash + mac),
    legacy: (prevHash, payload) => hmac(prevHash + canonicalPayload(payload)),
  };
}
