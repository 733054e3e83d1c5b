import type { AppError } from '../errors/app-error';
import { fieldInvalid } from '../errors/common-errors';
import { isLocalDateString } from '../http/is-local-date.decorator';
import { decodeCursor, encodeCursor, type Page, toPage } from '../http/page';
import { messagesVi, validationMessageVi } from '../i18n/messages.vi';

/**
 * Keyset pagination on (a day, the row's uuid): lists sorted by a date, the id breaking ties. The
 * cursor is the last line's key (page.ts: base64url JSON); a page fetches limit + 1 rows so that
 * keysetPage can tell whether another follows. Every value goes in as a parameter.
 * Lists keyed otherwise (an instant, a text, a sequence) read their cursor with the decoders
 * below: every list refuses a cursor it did not make with the same 400 naming `cursor`.
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

/** The check of one value of a cursor's key, which also gives its type. */
export type KeyPart<T> = (value: unknown) => value is T;

/** 400 VALIDATION_FAILED naming `cursor`: a cursor this service did not make. */
export function invalidCursor(): AppError {
  const message = messagesVi.fieldMessage('cursor', validationMessageVi('matches', []));
  return fieldInvalid('cursor', 'matches', message);
}

/**
 * The key a cursor carries when each value passes its part's check, in order; null without a
 * cursor; 400 naming `cursor` for anything else, so that no value reaches SQL unchecked.
 */
export function decodeKeyCursor<K extends unknown[]>(
  cursor: string | undefined,
  parts: { readonly [I in keyof K]: KeyPart<K[I]> },
): K | null {
  if (cursor === undefined) return null;
  const values = decodeCursor(cursor, parts.length);
  if (values && parts.every((isPart, i) => isPart(values[i]))) return values as K;
  throw invalidCursor();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuidPart: KeyPart<string> = (v): v is string =>
  typeof v === 'string' && UUID.test(v);

/** `timestamptz::text` as PostgreSQL writes it (DateStyle ISO): `2026-03-01 08:15:02.5+07`. */
const PG_INSTANT =
  /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;
const isInstantPart: KeyPart<string> = (v): v is string =>
  typeof v === 'string' && isLocalDateString(PG_INSTANT.exec(v)?.[1]);

const isTextPart: KeyPart<string> = (v): v is string => typeof v === 'string' && v !== '';

/** bigint as decimal text, within PostgreSQL's bigint. */
const isSeqPart: KeyPart<string> = (v): v is string =>
  typeof v === 'string' && /^[0-9]{1,19}$/.test(v) && BigInt(v) <= 2n ** 63n - 1n;

/** The (day, id) a cursor carries; null without a cursor; 400 naming `cursor` for anything else. */
export function decodeDateIdCursor(cursor: string | undefined): DateIdKey | null {
  return decodeKeyCursor<DateIdKey>(cursor, [isLocalDateString, isUuidPart]);
}

/** (instant, id): a list sorted by a timestamptz, its cursor the column's `::text` (full precision). */
export function decodeInstantIdCursor(cursor: string | undefined): [at: string, id: string] | null {
  return decodeKeyCursor<[string, string]>(cursor, [isInstantPart, isUuidPart]);
}

/** (text, id): a list sorted by a text column (a username). */
export function decodeTextIdCursor(cursor: string | undefined): [text: string, id: string] | null {
  return decodeKeyCursor<[string, string]>(cursor, [isTextPart, isUuidPart]);
}

/** A bigint sequence (decimal text): a list sorted by it alone (audit events by `seq`). */
export function decodeSeqCursor(cursor: string | undefined): string | null {
  return decodeKeyCursor<[string]>(cursor, [isSeqPart])?.[0] ?? null;
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
