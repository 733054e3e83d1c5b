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

/**
 * The next number of a book (1, 2, 3 … per agency and year), gapless: the counter row is created
 * or incremented by one statement (`INSERT … ON CONFLICT DO UPDATE … RETURNING`) in the caller's
 * transaction, whose row lock makes concurrent writers of the same book wait for each other, and a
 * rollback gives the number back. `manager` must be a transaction's (runInTransaction).
 */
export async function nextRecordNumber(
  manager: EntityManager,
  key: RecordNumberKey,
): Promise<number> {
  const rows = await manager.query<{ last_value: number }[]>(
    `WITH next AS (
       INSERT INTO record_counter (scope, agency_id, year, last_value) VALUES ($1, $2, $3, 1)
       ON CONFLICT (scope, agency_id, year)
       DO UPDATE SET last_value = record_counter.last_value + 1
       RETURNING last_value)
     SELECT last_value FROM next`,
    [key.book, key.agencyId, key.year],
  );
  const value = rows[0]?.last_value;
  if (value === undefined) throw new Error(`record_counter returned no row for ${key.book}`);
  return value;
}
