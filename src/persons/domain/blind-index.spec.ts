import { deriveKey } from '../../common/crypto/secret-box';
import { idNumberBlindIndex } from './blind-index';

describe('blind index of ID numbers (research A.5.1: exact match without decryption)', () => {
  const key = deriveKey('k'.repeat(32), 'person-identity/blind-index/v1');

  it('gives the same index to the same number however it is written', () => {
    const a = idNumberBlindIndex(key, '0010 8900 1234');
    expect(idNumberBlindIndex(key, '001089001234')).toBe(a);
    expect(idNumberBlindIndex(key, ' 001.089.001.234 ')).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives different indexes to different numbers, and under another key', () => {
    const other = deriveKey('o'.repeat(32), 'person-identity/blind-index/v1');
    expect(idNumberBlindIndex(key, '001089001235')).not.toBe(
      idNumberBlindIndex(key, '001089001234'),
    );
    expect(idNumberBlindIndex(other, '001089001234')).not.toBe(
      idNumberBlindIndex(key, '001089001234'),
    );
  });

  it('never contains the number itself', () => {
    expect(idNumberBlindIndex(key, '001089001234')).not.toContain('001089001234');
  });
});
