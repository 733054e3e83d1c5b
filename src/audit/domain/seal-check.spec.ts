import { payloadAt, RAW_CHAIN_KEY, rawChain } from '../../../test/support/raw-chain';
import { canonicalPayload, createAuditHmacs } from './audit-hash';
import { firstInvalidSeal, rawPayload } from './seal-check';

const hmacs = createAuditHmacs(RAW_CHAIN_KEY);

describe('firstInvalidSeal', () => {
  it('reads the payload back exactly as it was sealed', () => {
    const [row] = rawChain(1);
    expect(canonicalPayload(rawPayload(row!))).toBe(canonicalPayload(payloadAt(0)));
  });

  it('finds no bad seal in a genuine chain, legacy links (no mac) included', () => {
    expect(firstInvalidSeal(hmacs, rawChain(5, 2))).toBe(-1);
  });

  it.each([
    ['a changed payload', 9, '{"i": 99}'],
    ['a changed mac', 10, 'f'.repeat(64)],
    ['a changed prev_hash', 11, 'e'.repeat(64)],
    ['a changed hash', 12, 'd'.repeat(64)],
  ] as const)('names the first row with %s', (_, column, value) => {
    const rows = rawChain(6, 1);
    rows[3]![column] = value;
    rows[5]![column] = value;
    expect(firstInvalidSeal(hmacs, rows)).toBe(3);
  });

  it('catches a changed payload under a legacy link', () => {
    const rows = rawChain(3, 1);
    rows[1]![6] = 'p-x';
    expect(firstInvalidSeal(hmacs, rows)).toBe(1);
  });
});
