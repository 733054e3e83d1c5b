import { createHmac } from 'node:crypto';

import {
  type AuditPayload,
  canonicalJson,
  canonicalPayload,
  createAuditHmacs,
  createChainHasher,
  GENESIS_HASH,
  jsonRoundTrip,
} from './audit-hash';

const payload: AuditPayload = {
  occurredAt: '2026-03-10T02:00:00.000Z',
  actorId: null,
  action: 'agency.create',
  entityType: 'agency',
  entityId: 'a1',
  agencyId: null,
  requestId: 'req-1',
  data: { code: 'HN', names: ['Hà Nội'] },
};

describe('audit chain hash (research A.5.2)', () => {
  const hash = createChainHasher('k'.repeat(32));

  it('is HMAC-SHA256(key, prevHash ‖ RFC 8785 JSON of the payload), in hex', () => {
    const expected = createHmac('sha256', 'k'.repeat(32))
      .update(GENESIS_HASH + canonicalJson(payload))
      .digest('hex');
    expect(hash(GENESIS_HASH, payload)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on key order, but on every value, the predecessor and the key', () => {
    const reordered = { ...payload, data: { names: ['Hà Nội'], code: 'HN' } };
    expect(hash(GENESIS_HASH, reordered)).toBe(hash(GENESIS_HASH, payload));
    expect(hash(GENESIS_HASH, { ...payload, entityId: 'a2' })).not.toBe(
      hash(GENESIS_HASH, payload),
    );
    expect(hash('1'.repeat(64), payload)).not.toBe(hash(GENESIS_HASH, payload));
    expect(createChainHasher('x'.repeat(32))(GENESIS_HASH, payload)).not.toBe(
      hash(GENESIS_HASH, payload),
    );
  });

  it('canonicalises with sorted keys and no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'] })).toBe('{"a":[true,null,"x"],"b":1}');
  });

  it('hashes data as jsonb will return it: undefined dropped, dates as strings', () => {
    const data = { at: new Date('2026-01-01T00:00:00Z'), gone: undefined, n: 1 };
    expect(jsonRoundTrip(data)).toEqual({ at: '2026-01-01T00:00:00.000Z', n: 1 });
    expect(jsonRoundTrip(undefined)).toEqual({});
  });
});

describe('canonicalPayload', () => {
  it.each<Partial<AuditPayload>>([
    {},
    { actorId: '5d7e2c1a-3f4b-4c5d-8e9f-0a1b2c3d4e5f', agencyId: null, requestId: null },
    { entityId: 'quote " and \\ backslash', data: { z: 1, a: { y: [1.5, -0, 1e21], b: null } } },
    { action: 'tiếng Việt', data: { é: 'NFD e\u0301', '\u{1F600}': 'emoji', ä: true } },
  ])('equals the RFC 8785 form of the whole payload (%#)', (overrides) => {
    const p = { ...payload, ...overrides };
    expect(canonicalPayload(p)).toBe(canonicalJson(p));
  });
});

describe('row mac and chain link (asynchronous sealing, issue 6)', () => {
  const key = 'k'.repeat(32);
  const hmacs = createAuditHmacs(key);
  const hmac = (text: string) => createHmac('sha256', key).update(text).digest('hex');

  it('seals the payload alone in the mac, and prev ‖ mac in the link', () => {
    const mac = hmacs.mac(payload);
    expect(mac).toBe(hmac(canonicalJson(payload)));
    expect(hmacs.link(GENESIS_HASH, mac)).toBe(hmac(GENESIS_HASH + mac));
  });

  it('keeps the legacy link (prev ‖ payload) of rows sealed before the migration', () => {
    expect(hmacs.legacy(GENESIS_HASH, payload)).toBe(createChainHasher(key)(GENESIS_HASH, payload));
  });

  it('changes the mac with any field, and the link with the predecessor', () => {
    const mac = hmacs.mac(payload);
    expect(hmacs.mac({ ...payload, entityId: 'a2' })).not.toBe(mac);
    expect(hmacs.link('1'.repeat(64), mac)).not.toBe(hmacs.link(GENESIS_HASH, mac));
  });
});
