import { payloadAt, RAW_CHAIN_KEY, rawChain } from '../../../test/support/raw-chain';
import { canonicalPayload, createAuditHmacs } from './audit-hash';
import { checkRange, rawPayload } from './seal-check';

const hmacs = createAuditHmacs(RAW_CHAIN_KEY);

const firstBad = (rows: Parameters<typeof checkRange>[1]) => checkRange(hmacs, rows).bad;

describe('checkRange', () => {
  it('reads the payload back exactly as it was sealed', () => {
    const [row] = rawChain(1);
    expect(canonicalPayload(rawPayload(row!))).toBe(canonicalPayload(payloadAt(0)));
  });

  it('finds no bad seal in a genuine chain, legacy links (no mac) included', () => {
    expect(firstBad(rawChain(5, 2))).toBe(-1);
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
    expect(firstBad(rows)).toBe(3);
  });

  it('catches a changed payload under a legacy link', () => {
    const rows = rawChain(3, 1);
    rows[1]![6] = 'p-x';
    expect(firstBad(rows)).toBe(1);
  });

  it('names the link that does not follow the one before it, and the ends of the range', () => {
    const rows = rawChain(6);
    expect(checkRange(hmacs, rows)).toEqual({
      count: 6,
      firstPos: '1',
      firstPrev: rows[0]![11],
      lastHash: rows[5]![12],
      bad: -1,
      badPos: null,
    });
    const reordered = [rows[0]!, rows[2]!, rows[1]!, rows[3]!];
    expect(checkRange(hmacs, reordered)).toEqual(expect.objectContaining({ bad: 1, badPos: '3' }));
    const deleted = [rows[0]!, rows[1]!, rows[3]!];
    expect(checkRange(hmacs, deleted)).toEqual(expect.objectContaining({ bad: 2, badPos: '4' }));
  });

  it('leaves the first link of a range to the walk (it names a hash outside the range)', () => {
    const rows = rawChain(6).slice(3);
    expect(checkRange(hmacs, rows).bad).toBe(-1);
    expect(checkRange(hmacs, []).firstPrev).toBeNull();
  });
});
