import { encodeCursor } from '../../common/http/page';
import { outstandingCursor, outstandingCursorKey } from './outstanding-cursor';

const row = {
  id: '3f0c3a4e-8a57-4d7e-9a57-0c6f0b1d2e3f',
  ageDays: 166,
  money: '2600000000',
  land: '2982.5',
};

describe('outstanding worklist cursor', () => {
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
    expect(outstandingCursorKey(cursor, 'amount', 'desc')).toBeNull();
    expect(outstandingCursorKey(cursor, 'age', 'asc')).toBeNull();
  });

  it('refuses malformed values instead of handing them to SQL', () => {
    const bad = (values: (string | number)[]) =>
      outstandingCursorKey(encodeCursor(values), 'age', 'desc');
    expect(bad(['age', 'desc', 1.5, '1', '0', row.id])).toBeNull();
    expect(bad(['age', 'desc', 1, '-1', '0', row.id])).toBeNull();
    expect(bad(['age', 'desc', 1, '1', '1e3', row.id])).toBeNull();
    expect(bad(['age', 'desc', 1, '1', '0', 'x'])).toBeNull();
    expect(outstandingCursorKey('not-a-cursor', 'age', 'desc')).toBeNull();
  });
});
