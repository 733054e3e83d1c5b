import { createHash } from 'node:crypto';

/** Namespace of seeded agency ids (a fixed random UUID; never change it). */
const AGENCY_NAMESPACE = '7c0c4c62-3f0e-4f53-9d1e-5b8f2f6a4a10';

/** RFC 9562 UUID version 5 (SHA-1) of a name in a namespace: the same input, the same id. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The fixed id of a seeded agency, derived from its code, so migrations and tests agree. */
export function seedAgencyId(code: string): string {
  return uuidV5(code, AGENCY_NAMESPACE);
}
