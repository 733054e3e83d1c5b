import { AppError } from '../errors/app-error';
import { encodeCursor } from '../http/page';
import {
  type DateIdKey,
  type DateIdKeyset,
  decodeDateIdCursor,
  keysetAfter,
  keysetOrderLimit,
  keysetPage,
  type SqlParam,
} from './keyset';

const A = '0a3f5c1e-2b4d-4e6f-8a1b-3c5d7e9f1a2b';
const B = '9b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e';

/** What the API answers for `cursor`: the status, the code and the field it names. */
function refusal(cursor: string) {
  try {
    decodeDateIdCursor(cursor);
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
