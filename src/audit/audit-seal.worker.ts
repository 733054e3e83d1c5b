import { parentPort, workerData } from 'node:worker_threads';

import { createAuditHmacs } from './domain/audit-hash';
import { firstInvalidSeal, type RawChainRow } from './domain/seal-check';

/** Worker of SealCheckPool: checks the seals of the batches it is sent, in order. */
export interface SealCheckRequest {
  id: number;
  rows: RawChainRow[];
}

export type SealCheckReply = { id: number; bad: number } | { id: number; error: string };

const hmacs = createAuditHmacs((workerData as { key: string }).key);

parentPort?.on('message', ({ id, rows }: SealCheckRequest) => {
  let reply: SealCheckReply;
  try {
    reply = { id, bad: firstInvalidSeal(hmacs, rows) };
  } catch (e) {
    reply = { id, error: String(e) };
  }
  parentPort?.postMessage(reply);
});
