import { deriveKey, open, seal } from './secret-box';

describe('secret box (AES-256-GCM)', () => {
  const key = deriveKey('a master secret of sufficient length!!', 'totp');

  it('round-trips and never repeats a ciphertext', () => {
    const a = seal(key, 'JBSWY3DPEHPK3PXP');
    expect(open(key, a)).toBe('JBSWY3DPEHPK3PXP');
    expect(seal(key, 'JBSWY3DPEHPK3PXP')).not.toBe(a);
  });

  it('refuses a tampered box or another key', () => {
    const box = seal(key, 'secret');
    const tampered = box.slice(0, -2) + (box.endsWith('A') ? 'BB' : 'AA');
    expect(() => open(key, tampered)).toThrow();
    expect(() => open(deriveKey('another master secret, also long!!', 'totp'), box)).toThrow();
  });

  it('derives different keys for different purposes', () => {
    expect(deriveKey('m'.repeat(32), 'a').equals(deriveKey('m'.repeat(32), 'b'))).toBe(false);
  });
});
