import { createHmac } from 'node:crypto';

import canonicalize from 'canonicalize';

import { idempotencyErrors } from './idempotency-errors';

/** 1–255 visible ASCII characters (Stripe's limit; a V4 UUID is the usual choice). */
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

/** The header's key; null when absent; 400 naming the header when malformed or repeated. */
export function idempotencyKeyOf(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  if (typeof header !== 'string' || !KEY_FORMAT.test(header)) throw idempotencyErrors.invalidKey();
  return header;
}

/**
 * HMAC-SHA-256 (keyed, so a dump cannot confirm a guessed body, e.g. a person's identity) of the
 * canonical (RFC 8785) method, path with query, and JSON body, hex.
 */
export function requestHashOf(key: Buffer, method: string, path: string, body: unknown): string {
  const text = canonicalize({ method, path, body: body ?? null }) ?? '';
  return createHmac('sha256', key).update(text).digest('hex');
}
