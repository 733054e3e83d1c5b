import { createHmac, hash } from 'node:crypto';

/** SHA-256's block size in bytes (RFC 2104: B). */
const BLOCK = 64;

/** HMAC-SHA256 under one key: message (UTF-8) → 64 hex digits. */
export type HmacSha256 = (message: string) => string;

/**
 * HMAC-SHA256 (RFC 2104) under a fixed key, built on the one-shot `crypto.hash`:
 * H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)). The padded key blocks are computed once, so each call is two
 * one-shot hashes, about half the CPU of `createHmac` (whose object set-up dominates for the
 * short messages of the audit trail; the verifier makes two calls per row). When the key is
 * ASCII (every byte of K ⊕ ipad below 0x80), the inner input is one string, whose UTF-8 encoding
 * equals the bytes; otherwise it falls back to `createHmac`. A spec checks it against `createHmac`.
 */
export function hmacSha256(key: Buffer): HmacSha256 {
  const block = Buffer.alloc(BLOCK);
  (key.length > BLOCK ? hash('sha256', key, 'buffer') : key).copy(block);
  const ipad = block.map((b) => b ^ 0x36);
  if (ipad.some((b) => b >= 0x80)) {
    return (message) => createHmac('sha256', key).update(message).digest('hex');
  }
  const inner = Buffer.from(ipad).toString('latin1');
  const outer = Buffer.alloc(BLOCK + 32);
  block.map((b) => b ^ 0x5c).forEach((b, i) => (outer[i] = b));
  return (message) => {
    hash('sha256', inner + message, 'buffer').copy(outer, BLOCK);
    return hash('sha256', outer, 'hex');
  };
}
