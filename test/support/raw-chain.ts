import {
  type AuditPayload,
  createAuditHmacs,
  GENESIS_HASH,
} from '../../src/audit/domain/audit-hash';
import type { RawChainRow } from '../../src/audit/domain/seal-check';

export const RAW_CHAIN_KEY = 'k'.repeat(32);
const hmacs = createAuditHmacs(RAW_CHAIN_KEY);

export const payloadAt = (i: number): AuditPayload => ({
  occurredAt: `2026-03-10T02:00:0${i}.000Z`,
  actorId: null,
  action: 'probe.write',
  entityType: 'probe',
  entityId: `p-${i}`,
  agencyId: null,
  requestId: `req-${i}`,
  data: { note: 'Ghi nhận', i, nested: { z: 1, a: [true, null] } },
});

/** A genuine chain of `n` raw rows as the reader returns them (`data` as jsonb text). */
export function rawChain(n: number, legacyAt = -1): RawChainRow[] {
  let prev = GENESIS_HASH;
  return Array.from({ length: n }, (_, i) => {
    const p = payloadAt(i);
    const mac = i === legacyAt ? null : hmacs.mac(p);
    const hash = mac === null ? hmacs.legacy(prev, p) : hmacs.link(prev, mac);
    const data = JSON.stringify(p.data, null, 1); // jsonb's text is not canonical either
    const row: RawChainRow = [
      `${i + 1}`,
      `${i + 1}`,
      p.occurredAt,
      p.actorId,
      p.action,
      p.entityType,
      p.entityId,
      p.agencyId,
      p.requestId,
      data,
      mac,
      prev,
      hash,
    ];
    prev = hash;
    return row;
  });
}
