import { decodeCursor, encodeCursor } from '../../common/http/page';
import type { BacklogSort } from '../domain/outstanding';
import type { OutstandingRow, SortOrder } from './outstanding.sql';

// The opaque cursor of the outstanding worklist: the sort and order it was made for, then the last
// row's key (age in days, money and land outstanding as decimal strings, id). A cursor of another
// sort or order, or with a malformed value, is refused (400 on `cursor`), never cast by PostgreSQL.

export type OutstandingKey = [number, string, string, string];

const DECIMAL = /^\d{1,20}(\.\d{1,2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cursor after `row` in a list sorted by `sort` / `order`. */
export function outstandingCursor(
  row: Pick<OutstandingRow, 'ageDays' | 'money' | 'land'> & { id: string },
  sort: BacklogSort,
  order: SortOrder,
) {
  return encodeCursor([sort, order, row.ageDays, row.money, row.land, row.id]);
}

/**
 * The key a cursor carries, as SQL parameters in the order of SORT_KEYS[sort]; null when it is
 * not a cursor of this list (malformed, or made for another sort or order).
 */
export function outstandingCursorKey(
  cursor: string,
  sort: BacklogSort,
  order: SortOrder,
): (string | number)[] | null {
  const values = decodeCursor(cursor, 6);
  if (!values) return null;
  const [s, o, age, money, land, id] = values;
  if (s !== sort || o !== order) return null;
  if (typeof age !== 'number' || !Number.isSafeInteger(age)) return null;
  if (typeof money !== 'string' || !DECIMAL.test(money)) return null;
  if (typeof land !== 'string' || !DECIMAL.test(land)) return null;
  if (typeof id !== 'string' || !UUID.test(id)) return null;
  return sort === 'age' ? [age, money, land, id] : [money, land, age, id];
}
