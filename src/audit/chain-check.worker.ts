import { parentPort, workerData } from 'node:worker_threads';

import { Client } from 'pg';

import { chainRangeQuery, RANGE_READER_OPTIONS } from './chain-range-reader';
import { createAuditHmacs } from './domain/audit-hash';
import { checkRange, type RangeCheck, type RawChainRow } from './domain/seal-check';

/** What ChainCheckPool starts a worker with. */
export interface ChainCheckWorkerData {
  key: string;
  /** The database, read on the worker's own connection. */
  url: string;
}

/** Check the links from..to (pos, inclusive); `close` ends the connection and the thread. */
export type ChainCheckRequest = { id: number; from: string; to: string } | { close: true };

export type ChainCheckReply = { id: number; check: RangeCheck } | { id: number; error: string };

const { key, url } = workerData as ChainCheckWorkerData;
const hmacs = createAuditHmacs(key);
const client = new Client({
  connectionString: url,
  application_name: 'kntc-audit-verify',
  options: RANGE_READER_OPTIONS,
});
/** The connection's queries, one after another (pg runs one at a time). */
let queue: Promise<unknown> = client.connect();
queue.catch(() => undefined); // reported with the first request

function read(from: string, to: string): Promise<RawChainRow[]> {
  const rows = queue.then(() => client.query<RawChainRow>(chainRangeQuery(from, to)));
  queue = rows.catch(() => undefined);
  return rows.then((result) => result.rows);
}

/**
 * Worker of ChainCheckPool: reads the ranges it is sent on its own connection and checks them
 * (checkRange). Requests are answered as they finish; the connection runs their queries in turn,
 * the next one as soon as the last has arrived, so the next range is read while this one is
 * checked.
 */
parentPort?.on('message', (request: ChainCheckRequest) => {
  if ('close' in request) {
    void queue.then(() => client.end()).finally(() => parentPort?.close());
    return;
  }
  const { id, from, to } = request;
  read(from, to)
    .then(
      (rows): ChainCheckReply => ({ id, check: checkRange(hmacs, rows) }),
      (e: unknown): ChainCheckReply => ({ id, error: String(e) }),
    )
    .then(
      (reply) => parentPort?.postMessage(reply),
      () => undefined,
    );
});
