import { AppError } from '../../common/errors/app-error';
import { encodeCursor } from '../../common/http/page';
import type { BacklogSort } from '../domain/outstanding';
import { outstandingCursor, outstandingCursorKey } from './outstanding-cursor';
import type { SortOrder } from './outstanding.sql';

const row = {
  id: '3f0c3a4e-8a57-4d7e-9a57-0c6f0b1d2e3f',
  ageDays: 166,
  money: '2600000000',
  land: '2982.5',
};

/** The fields a refusal names (400 VALIDATION_FAILED), or the key when the cursor is accepted. */
function read(cursor: string, sort: BacklogSort, order: SortOrder) {
  try {
    return outstandingCursorKey(cursor, sort, order);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: error.httpStatus, code: error.code, fields: error.errors.map((e) => e.field) };
  }
}

const refused = { status: 400, code: 'VALIDATION_FAILED', fields: ['cursor'] };

describe('outstanding worklist cursor', () => {
  it('starts at the first page without a cursor', () => {
    expect(outstandingCursorKey(undefined, 'age', 'desc')).toBeNull();
  });

  it('round-trips the last row key in the order of the sort', () => {
    const byAge = outstandingCursor(row, 'age', 'desc');
    expect(outstandingCursorKey(byAge, 'age', 'desc')).toEqual([
      166,
      '2600000000',
      '2982.5',
      row.id,
    ]);
    const byAmount = outstandingCursor(row, 'amount', 'asc');
    expect(outstandingCursorKey(byAmount, 'amount', 'asc')).toEqual([
      '2600000000',
      '2982.5',
      166,
      row.id,
    ]);
  });

  it('refuses a cursor made for another sort or order', () => {
    const cursor = outstandingCursor(row, 'age', 'desc');
    expect(read(cursor, 'amount', 'desc')).toEqual(refused);
    expect(read(cursor, 'age', 'asc')).toEqual(refused);
  });

  it('refuses malformed values instead of handing them to SQL', () => {
    const bad = (values: (string | number)[]) => read(encodeCursor(values), 'age', 'desc');
    expect(bad(['age', 'desc', 1.5, '1', '0', row.id])).toEqual(refused);
    expect(bad(['age', 'desc', 1, '-1', '0', row.id])).toEqual(refused);
    expect(bad(['age', 'desc', 1, '1', '1e3', row.id])).toEqual(refused);
    expect(bad(['age', 'desc', 1, '1', '0', 'x'])).toEqual(refused);
    expect(bad(['age', 'desc', 1, '1', '0'])).toEqual(refused);
    expect(read('not-a-cursor', 'age', 'desc')).toEqual(refused);
  });
});
