import type { AppError } from '../errors/app-error';
import { fieldInvalid } from '../errors/common-errors';
import { isLocalDateString } from '../http/is-local-date.decorator';
import { decodeCursor, encodeCursor, type Page, toPage } from '../http/page';
import { messagesVi, validationMessageVi } from '../i18n/messages.vi';

/**
 * Keyset pagination on (a day, the row's uuid): lists sorted by a date, the id breaking ties. The
 * cursor is the last line's key (page.ts: base64url JSON); a page fetches limit + 1 rows so that
 * keysetPage can tell whether another follows. Every value goes in as a parameter.
 */

/** The key of one line: its sort day (YYYY-MM-DD) and its id. */
export type DateIdKey = [on: string, id: string];

/** How a list is sorted: SQL of its day and of its id (a column or an expression), and which way. */
export interface DateIdKeyset {
  readonly on: string;
  readonly id: string;
  readonly order: 'ASC' | 'DESC';
}

/** Adds a value to the statement's parameters and returns its placeholder (`$n`). */
export type SqlParam = (value: unknown) => string;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 400 VALIDATION_FAILED naming `cursor`: a cursor this service did not make. */
export function invalidCursor(): AppError {
  const message = messagesVi.fieldMessage('cursor', validationMessageVi('matches', []));
  return fieldInvalid('cursor', 'matches', message);
}

/** The key a cursor carries; null without a cursor; 400 naming `cursor` for anything else. */
export function decodeDateIdCursor(cursor: string | undefined): DateIdKey | null {
  if (cursor === undefined) return null;
  const [on, id] = decodeCursor(cursor, 2) ?? [];
  if (isLocalDateString(on) && typeof id === 'string' && UUID.test(id)) return [on, id];
  throw invalidCursor();
}

/** `(on, id) < ($n::date, $m::uuid)` (`>` ascending): the lines after `key` in the keyset's order. */
export function keysetAfter(keyset: DateIdKeyset, key: DateIdKey, p: SqlParam): string {
  const op = keyset.order === 'DESC' ? '<' : '>';
  return `(${keyset.on}, ${keyset.id}) ${op} (${p(key[0])}::date, ${p(key[1])}::uuid)`;
}

/** ORDER BY the keyset, LIMIT one line more than the page (the sign that another follows). */
export function keysetOrderLimit(keyset: DateIdKeyset, limit: number, p: SqlParam): string {
  const { on, id, order } = keyset;
  return `ORDER BY ${on} ${order}, ${id} ${order} LIMIT ${p(limit + 1)}`;
}

/** The page of `rows` (up to limit + 1 fetched), its cursor the key of its last line. */
export function keysetPage<T>(rows: T[], limit: number, keyOf: (row: T) => DateIdKey): Page<T> {
  return toPage(rows, limit, (row) => encodeCursor(keyOf(row)));
}
