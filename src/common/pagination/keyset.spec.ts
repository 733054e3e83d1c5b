import { AppError } from '../errors/app-error';
import { encodeCursor } from '../http/page';
import {
  type DateIdKey,
  type DateIdKeyset,
  decodeDateIdCursor,
  decodeInstantIdCursor,
  decodeSeqCursor,
  decodeTextIdCursor,
  keysetAfter,
  keysetOrderLimit,
  keysetPage,
  type SqlParam,
} from './keyset';

const A = '0a3f5c1e-2b4d-4e6f-8a1b-3c5d7e9f1a2b';
const B = '9b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e';

/** What the API answers for `cursor`: the status, the code and the field it names. */
function refusal(cursor: string, decode: (cursor: string) => unknown = decodeDateIdCursor) {
  try {
    decode(cursor);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: error.httpStatus, code: error.code, fields: error.errors.map((e) => e.field) };
  }
  return null;
}

const statement = () => {
  const params: unknown[] = [];
  const p: SqlParam = (value) => `$${params.push(value)}`;
  return { params, p };
};

const byReceipt: DateIdKeyset = { on: 'p.received_on', id: 'p.id', order: 'DESC' };

describe('keyset pagination on (day, id)', () => {
  it('refuses a cursor it did not make with 400 VALIDATION_FAILED naming cursor', () => {
    const refused = { status: 400, code: 'VALIDATION_FAILED', fields: ['cursor'] };
    const forged = [
      'not-a-cursor',
      encodeCursor(['2026-01-20']),
      encodeCursor(['2026-01-20', A, 'extra']),
      encodeCursor(['2026-02-30', A]),
      encodeCursor(['20/01/2026', A]),
      encodeCursor([20260120, A]),
      encodeCursor(['2026-01-20', 'not-a-uuid']),
      encodeCursor(['2026-01-20', `${A}' OR 1=1 --`]),
      Buffer.from('{"on":"2026-01-20","id":"x"}').toString('base64url'),
    ];
    for (const cursor of forged) expect(refusal(cursor)).toEqual(refused);
  });

  it('starts at the first page without a cursor', () => {
    expect(decodeDateIdCursor(undefined)).toBeNull();
  });

  it('round-trips the key of the last line of a page into the next page’s start', () => {
    const rows = [
      { on: '2026-03-02', id: B },
      { on: '2026-03-01', id: A },
      { on: '2026-02-27', id: B },
    ];
    const page = keysetPage(rows, 2, (r): DateIdKey => [r.on, r.id]);
    expect(page.items).toEqual(rows.slice(0, 2));
    expect(decodeDateIdCursor(page.nextCursor!)).toEqual(['2026-03-01', A]);
    expect(keysetPage(rows, 3, (r): DateIdKey => [r.on, r.id]).nextCursor).toBeNull();
  });

  it('breaks ties on the same day by id: the next page starts after (day, id), not after the day', () => {
    const { params, p } = statement();
    expect(keysetAfter(byReceipt, ['2026-03-01', A], p)).toBe(
      '(p.received_on, p.id) < ($1::date, $2::uuid)',
    );
    expect(keysetOrderLimit(byReceipt, 20, p)).toBe(
      'ORDER BY p.received_on DESC, p.id DESC LIMIT $3',
    );
    expect(params).toEqual(['2026-03-01', A, 21]);
  });

  it('walks an ascending list (soonest first) after the key, in the same order', () => {
    const { params, p } = statement();
    const soonest: DateIdKeyset = { on: 'w.due', id: 'w.id', order: 'ASC' };
    expect(keysetAfter(soonest, ['2026-03-01', B], p)).toBe('(w.due, w.id) > ($1::date, $2::uuid)');
    expect(keysetOrderLimit(soonest, 5, p)).toBe('ORDER BY w.due ASC, w.id ASC LIMIT $3');
    expect(params).toEqual(['2026-03-01', B, 6]);
  });
});

describe('cursors of lists keyed otherwise: the same 400 naming cursor for anything they did not make', () => {
  const refused = { status: 400, code: 'VALIDATION_FAILED', fields: ['cursor'] };
  const garbage = ['abc', encodeCursor([]), Buffer.from('{"a":1}').toString('base64url')];

  it('reads (instant, id) as PostgreSQL writes timestamptz::text, to the microsecond', () => {
    for (const at of [
      '2026-03-01 08:15:02.123456+07',
      '2026-03-01 01:15:02+00',
      '2026-03-01 01:15:02.5-03:30',
    ]) {
      expect(decodeInstantIdCursor(encodeCursor([at, A]))).toEqual([at, A]);
    }
    expect(decodeInstantIdCursor(undefined)).toBeNull();
    const forged = [
      ...garbage,
      encodeCursor(['2026-03-01 08:15:02+07']),
      encodeCursor(['abc', A]),
      encodeCursor(['2026-02-30 08:15:02+07', A]),
      encodeCursor(['2026-03-01 24:00:00+07', A]),
      encodeCursor(['2026-03-01', A]),
      encodeCursor(['2026-03-01 08:15:02+07', 'not-a-uuid']),
      encodeCursor([1772327702, A]),
    ];
    for (const cursor of forged) expect(refusal(cursor, decodeInstantIdCursor)).toEqual(refused);
  });

  it('reads (text, id): any non-empty text, compared by PostgreSQL, and a uuid', () => {
    expect(decodeTextIdCursor(encodeCursor(['nguyen.van.a', B]))).toEqual(['nguyen.van.a', B]);
    expect(decodeTextIdCursor(undefined)).toBeNull();
    const forged = [
      ...garbage,
      encodeCursor(['', B]),
      encodeCursor([42, B]),
      encodeCursor(['nguyen.van.a', 'x']),
      encodeCursor(['nguyen.van.a']),
    ];
    for (const cursor of forged) expect(refusal(cursor, decodeTextIdCursor)).toEqual(refused);
  });

  it('reads a bigint sequence up to PostgreSQL’s bigint maximum, never past it', () => {
    expect(decodeSeqCursor(encodeCursor(['9223372036854775807']))).toBe('9223372036854775807');
    expect(decodeSeqCursor(encodeCursor(['17']))).toBe('17');
    expect(decodeSeqCursor(undefined)).toBeNull();
    const forged = [
      ...garbage,
      encodeCursor(['9223372036854775808']),
      encodeCursor(['-1']),
      encodeCursor(['1; DROP']),
      encodeCursor([17]),
      encodeCursor(['17', '18']),
    ];
    for (const cursor of forged) expect(refusal(cursor, decodeSeqCursor)).toEqual(refused);
  });
});
