import { createHmac } from 'node:crypto';

import { hmacSha256 } from './hmac-sha256';

const reference = (key: Buffer, message: string) =>
  createHmac('sha256', key).update(message).digest('hex');

describe('hmacSha256 (RFC 2104 over one-shot SHA-256)', () => {
  it.each([
    ['the RFC 4231 test case 2 key', Buffer.from('Jefe'), 'what do ya want for nothing?'],
    [
      'an ASCII audit key',
      Buffer.from('bench-audit-key-0123456789abcdefghijklmnopqrstuv'),
      '{"a":1}',
    ],
    ['a key of exactly one block', Buffer.from('k'.repeat(64)), 'x'],
    ['a key longer than a block (hashed first)', Buffer.from('k'.repeat(65)), 'x'],
    ['a non-ASCII key (falls back)', Buffer.from('khóa bí mật kiểm toán'), 'x'],
    ['a binary key', Buffer.from([0xff, 0x00, 0x80, 0x7f]), 'x'],
    ['an empty message', Buffer.from('key'), ''],
    ['Vietnamese text and a lone emoji', Buffer.from('key'), '{"note":"Ghi nhận thử nghiệm 🙂"}'],
  ])('equals createHmac for %s', (_label, key, message) => {
    expect(hmacSha256(key)(message)).toBe(reference(key, message));
  });

  it('gives the RFC 4231 test case 2 digest', () => {
    expect(hmacSha256(Buffer.from('Jefe'))('what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('stays right over many calls (the outer block is reused)', () => {
    const key = Buffer.from('audit-key');
    const mac = hmacSha256(key);
    for (let i = 0; i < 200; i++) expect(mac(`row ${i}`)).toBe(reference(key, `row ${i}`));
  });
});
