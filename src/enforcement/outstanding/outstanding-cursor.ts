import { encodeCursor } from '../../common/http/page';
import { decodeKeyCursor, isUuidPart, type KeyPart } from '../../common/pagination/keyset';
import type { BacklogSort } from '../domain/outstanding';
import type { OutstandingRow, SortOrder } from './outstanding.sql';

// The opaque cursor of the outstanding worklist: the sort and order it was made for, then the last
// row's key (age in days, money and land outstanding as decimal strings, id). A cursor of another
// sort or order, or with a malformed value, is refused (400 on `cursor`), never cast by PostgreSQL.

export type OutstandingKey = [number, string, string, string];

const DECIMAL = /^\d{1,20}(\.\d{1,2})?$/;
const isDecimal: KeyPart<string> = (v): v is string => typeof v === 'string' && DECIMAL.test(v);
const isDays: KeyPart<number> = (v): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v);
const isThe =
  <T extends string>(expected: T): KeyPart<T> =>
  (v): v is T =>
    v === expected;

/** The cursor after `row` in a list sorted by `sort` / `order`. */
export function outstandingCursor(
  row: Pick<OutstandingRow, 'ageDays' | 'money' | 'land'> & { id: string },
  sort: BacklogSort,
  order: SortOrder,
) {
  return encodeCursor([sort, order, row.ageDays, row.money, row.land, row.id]);
}

/**
 * The key a cursor carries, as SQL parameters in the order of SORT_KEYS[sort]; null without a
 * cursor; 400 naming `cursor` when it is not a cursor of this list (malformed, or made for another
 * sort or order).
 */
export function outstandingCursorKey(
  cursor: string | undefined,
  sort: BacklogSort,
  order: SortOrder,
): (string | number)[] | null {
  const key = decodeKeyCursor<[BacklogSort, SortOrder, number, string, string, string]>(cursor, [
    isThe(sort),
    isThe(order),
    isDays,
    isDecimal,
    isDecimal,
    isUuidPart,
  ]);
  if (!key) return null;
  const [, , age, money, land, id] = key;
  return sort === 'age' ? [age, money, land, id] : [money, land, age, id];
}
