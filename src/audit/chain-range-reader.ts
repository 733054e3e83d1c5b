import type { QueryArrayConfig } from 'pg';

import type { RawChainRow } from './domain/seal-check';

/** Every column as PostgreSQL's text: no Date, no JSON.parse while reading. */
const AS_TEXT = { getTypeParser: () => (value: string) => value };

const CHAIN_RANGE = `SELECT c.pos::text, e.seq::text,
    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    e.actor_id, e.action, e.entity_type, e.entity_id, e.agency_id, e.request_id, e.data, e.mac,
    c.prev_hash, c.hash
  FROM audit_chain c
 CROSS JOIN LATERAL (SELECT * FROM audit_event e WHERE e.seq = c.seq OFFSET 0) e
 WHERE c.pos BETWEEN $1::bigint AND $2::bigint ORDER BY c.pos`;

/**
 * The links with `from` ≤ pos ≤ `to`, joined to their rows, in chain order, as raw text rows
 * (RawChainRow): one statement, so one snapshot (the chain only grows). The row of each link is
 * found through audit_event's primary key (the LATERAL subquery with OFFSET 0 keeps that plan):
 * for a range of 20,000 links a plain join hashes them and scans the whole audit_event table,
 * 6× the work on a 1M-row trail.
 */
export function chainRangeQuery(from: string, to: string): QueryArrayConfig<string[]> {
  return { text: CHAIN_RANGE, values: [from, to], rowMode: 'array', types: AS_TEXT };
}

/**
 * Settings of a connection (or transaction) that reads ranges: read-only, no parallel plans (for
 * one range the gather costs more than it saves, and the verifier's threads need the cores) and
 * no JIT (the nested loop's estimated cost passes jit_above_cost; compiling costs more than the
 * 50 ms the range takes).
 */
export const RANGE_READER_SETTINGS = {
  default_transaction_read_only: 'on',
  max_parallel_workers_per_gather: '0',
  jit: 'off',
} as const;

/** RANGE_READER_SETTINGS as a connection's `options`. */
export const RANGE_READER_OPTIONS = Object.entries(RANGE_READER_SETTINGS)
  .map(([name, value]) => `-c ${name}=${value}`)
  .join(' ');

export type ChainRangeRows = RawChainRow[];

/** Splits [first, last] into ranges of `span` positions, in order (bigint strings). */
export function* chainRanges(
  first: string,
  last: string,
  span: number,
): Generator<[string, string]> {
  const end = BigInt(last);
  const step = BigInt(Math.max(1, span));
  for (let from = BigInt(first); from <= end; from += step) {
    const to = from + step - 1n;
    yield [from.toString(), (to < end ? to : end).toString()];
  }
}
