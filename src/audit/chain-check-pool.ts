import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import type { ChainCheckReply, ChainCheckRequest, ChainCheckWorkerData } from './chain-check.worker';
import { type AuditHmacs, createAuditHmacs } from './domain/audit-hash';
import { checkRange, type RangeCheck, type RawChainRow } from './domain/seal-check';

/** The compiled worker; absent when running from the TypeScript sources (tests). */
const WORKER_FILE = join(__dirname, 'chain-check.worker.js');
/** Threads reading and checking ranges: none on one core (this thread does it). */
export const CHAIN_CHECK_THREADS = availableParallelism() > 1 ? 2 : 0;
/** How long a closing worker may take to end its connection before it is stopped. */
const CLOSE_GRACE_MS = 2_000;

/** Reads the links from..to (pos, inclusive) in this thread: the pool's fallback. */
export type ChainRangeSource = (from: string, to: string) => Promise<RawChainRow[]>;

export interface ChainCheckPoolOptions {
  key: string;
  /** The database for the workers' own connections; null: read through `source`, here. */
  url: string | null;
  source: ChainRangeSource;
  threads?: number;
  workerFile?: string;
}

interface Pending {
  resolve: (check: RangeCheck) => void;
  reject: (error: Error) => void;
}

/**
 * Reads and checks ranges of the chain (checkRange) in worker threads, each with its own
 * connection, so that neither the rows nor their parsing pass through this thread; the ranges
 * are spread over the workers in turn. Without the compiled worker, a database URL or a second
 * core, it reads through `source` and checks in this thread. Every promise settles with its own
 * range's answer, whatever the order.
 */
export class ChainCheckPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly hmacs: AuditHmacs;
  private readonly source: ChainRangeSource;
  private nextId = 0;
  private failure: Error | null = null;

  constructor(options: ChainCheckPoolOptions) {
    const { key, url, threads = CHAIN_CHECK_THREADS, workerFile = WORKER_FILE } = options;
    this.hmacs = createAuditHmacs(key);
    this.source = options.source;
    if (url === null || !existsSync(workerFile)) return;
    for (let i = 0; i < threads; i++) {
      const workerData: ChainCheckWorkerData = { key, url };
      const worker = new Worker(workerFile, { workerData });
      worker.on('message', (reply: ChainCheckReply) => this.settle(reply));
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => this.fail(new Error(`chain check worker exited (${code})`)));
      this.workers.push(worker);
    }
  }

  /** What the links from..to say of themselves. */
  check(from: string, to: string): Promise<RangeCheck> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length];
    if (!worker) return this.source(from, to).then((rows) => checkRange(this.hmacs, rows));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, from, to } satisfies ChainCheckRequest);
    });
  }

  /** Ends the workers' connections and the workers (pending checks fail). */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    this.fail(new Error('chain check pool closed'));
    await Promise.all(workers.map((w) => closeWorker(w)));
  }

  private settle(reply: ChainCheckReply): void {
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if ('error' in reply) pending?.reject(new Error(reply.error));
    else pending?.resolve(reply.check);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}

/** Asks the worker to end its connection and stop; stops it if it has not within the grace. */
async function closeWorker(worker: Worker): Promise<void> {
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.postMessage({ close: true } satisfies ChainCheckRequest);
  const grace = setTimeout(() => void worker.terminate(), CLOSE_GRACE_MS);
  await exited;
  clearTimeout(grace);
}
