import type { EntityManager } from 'typeorm';

/** The numbered books kept per agency and year. */
export type RecordBook =
  | 'case'
  | 'reception_visit'
  | 'petition'
  /** A register of issued documents by type (`document.decision`, `document.notice` …). */
  | `document.${string}`;

export interface RecordNumberKey {
  book: RecordBook;
  agencyId: string;
  year: number;
}

/** The key space of the books' queue locks (two-int advisory locks; 'KNTC'). */
const BOOK_LOCK_SPACE = 0x4b4e5443;

/**
 * SQL (a `void` expression) that queues the transaction for a book until it commits: an advisory
 * transaction lock on (scope, agency, year), taken before the counter row is touched. Waiters of
 * the lock manager are served first come, first served and woken one at a time; waiters on the
 * counter's row lock are all woken at each commit and race for it again, so under load some lost
 * several times in a row (a long tail of waits). A hash collision only makes two books share a
 * queue. Parameters: SQL expressions for the scope, the agency id and the year.
 */
export function bookQueueLockSql(scope: string, agencyId: string, year: string): string {
  return `pg_advisory_xact_lock(${BOOK_LOCK_SPACE}, hashtext(${scope} || '/' || ${agencyId}::text || '/' || ${year}::text))`;
}

/**
 * The next number of a book (1, 2, 3 … per agency and year), gapless: the counter row is created
 * or incremented by one statement (`INSERT … ON CONFLICT DO UPDATE … RETURNING`) in the caller's
 * transaction, after the book's queue lock (bookQueueLockSql): concurrent writers of the same book
 * wait for each other in turn until commit, and a rollback gives the number back. `manager` must be a transaction's (runInTransaction).
 */
export async function nextRecordNumber(
  manager: EntityManager,
  key: RecordNumberKey,
): Promise<number> {
  return nextRecordNumbers(manager, key, 1);
}

/**
 * The first of `count` consecutive numbers of a book, taken at once (an import batch numbers its
 * records first to last), with the same queue lock and counter row as `nextRecordNumber`.
 */
export async function nextRecordNumbers(
  manager: EntityManager,
  key: RecordNumberKey,
  count: number,
): Promise<number> {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count ${count}`);
  const rows = await manager.query<{ last_value: number }[]>(
    `WITH queued AS (SELECT ${bookQueueLockSql('$1::text', '$2::uuid', '$3::int')}),
     next AS (
       INSERT INTO record_counter (scope, agency_id, year, last_value)
       SELECT $1, $2, $3, $4 FROM queued
       ON CONFLICT (scope, agency_id, year)
       DO UPDATE SET last_value = record_counter.last_value + $4
       RETURNING last_value)
     SELECT last_value FROM next`,
    [key.book, key.agencyId, key.year, count],
  );
  const value = rows[0]?.last_value;
  if (value === undefined) throw new Error(`record_counter returned no row for ${key.book}`);
  return value - count + 1;
}

/**
 * The numbers of a batch's records in a book (an import): per (agency, year) one range of
 * consecutive numbers, taken years first, each in the records' order. Returns each record's number,
 * in the order given.
 */
export async function numberRecords<T>(
  manager: EntityManager,
  book: RecordBook,
  records: readonly T[],
  keyOf: (record: T) => { agencyId: string; year: number },
): Promise<number[]> {
  const groups = new Map<string, { agencyId: string; year: number; at: number[] }>();
  records.forEach((record, i) => {
    const { agencyId, year } = keyOf(record);
    const key = `${year}/${agencyId}`;
    const group = groups.get(key) ?? { agencyId, year, at: [] };
    group.at.push(i);
    groups.set(key, group);
  });
  const numbers: number[] = [];
  for (const key of [...groups.keys()].sort()) {
    const { agencyId, year, at } = groups.get(key)!;
    const first = await nextRecordNumbers(manager, { book, agencyId, year }, at.length);
    at.forEach((i, k) => (numbers[i] = first + k));
  }
  return numbers;
}
