import { AppError } from '../errors/app-error';
import { idempotencyKeyOf, requestHashOf } from './idempotency-request';

const KEY = Buffer.alloc(32, 7);

describe('Idempotency-Key header (IETF httpapi draft, Stripe)', () => {
  it('is optional', () => {
    expect(idempotencyKeyOf(undefined)).toBeNull();
  });

  it.each(['a', '0b6f4a4e-8a3e-4b8e-9d55-2f0c1f3a9e10', '~!'.repeat(127) + 'x'])(
    'accepts 1–255 visible ASCII characters: %s',
    (key) => {
      expect(idempotencyKeyOf(key)).toBe(key);
    },
  );

  it.each([
    ['empty', ''],
    ['a space', 'a b'],
    ['non-ASCII', 'khóa'],
    ['256 chars', 'k'.repeat(256)],
  ])('refuses %s with 400 naming the header', (_, key) => {
    const attempt = () => idempotencyKeyOf(key);
    expect(attempt).toThrow(AppError);
    try {
      attempt();
    } catch (error) {
      expect((error as AppError).httpStatus).toBe(400);
      expect((error as AppError).errors[0]?.field).toBe('Idempotency-Key');
    }
  });

  it('refuses a repeated header', () => {
    expect(() => idempotencyKeyOf(['a', 'b'])).toThrow(AppError);
  });
});

describe('request fingerprint', () => {
  it('ignores key order but not the method, path or any value', () => {
    const a = requestHashOf(KEY, 'POST', '/api/v1/x', { a: 1, b: [1, 2] });
    expect(requestHashOf(KEY, 'POST', '/api/v1/x', { b: [1, 2], a: 1 })).toBe(a);
    expect(requestHashOf(KEY, 'POST', '/api/v1/y', { a: 1, b: [1, 2] })).not.toBe(a);
    expect(requestHashOf(KEY, 'POST', '/api/v1/x', { a: 1, b: [2, 1] })).not.toBe(a);
    expect(requestHashOf(KEY, 'POST', '/api/v1/x', undefined)).toBe(
      requestHashOf(KEY, 'POST', '/api/v1/x', null),
    );
  });

  it('is keyed: the same request hashes differently under another key', () => {
    const body = { fullName: 'Nguyễn Văn A' };
    expect(requestHashOf(KEY, 'POST', '/p', body)).not.toBe(
      requestHashOf(Buffer.alloc(32, 8), 'POST', '/p', body),
    );
  });
});
