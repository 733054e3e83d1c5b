import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import type { SealCheckReply, SealCheckRequest } from './audit-seal.worker';
import { type AuditHmacs, createAuditHmacs } from './domain/audit-hash';
import { firstInvalidSeal, type RawChainRow } from './domain/seal-check';

/** The compiled worker; absent when running from the TypeScript sources (tests). */
const WORKER_FILE = join(__dirname, 'audit-seal.worker.js');
/**
 * Threads checking seals while the main thread fetches the next batches: none on one core (the
 * copies to a worker would only add work).
 */
export const SEAL_CHECK_THREADS = availableParallelism() > 1 ? 2 : 0;

interface Pending {
  resolve: (bad: number) => void;
  reject: (error: Error) => void;
}

/**
 * Checks batches' seals (`firstInvalidSeal`) off the main thread: worker threads, the batches
 * spread over them in turn. Without the compiled worker (or with `threads` 0) it checks them in
 * this thread. Every promise settles with its own batch's answer, whatever the order.
 */
export class SealCheckPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly hmacs: AuditHmacs;
  private nextId = 0;
  private failure: Error | null = null;

  constructor(key: string, threads = SEAL_CHECK_THREADS, workerFile = WORKER_FILE) {
    this.hmacs = createAuditHmacs(key);
    if (!existsSync(workerFile)) return;
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(workerFile, { workerData: { key } });
      worker.on('message', (reply: SealCheckReply) => this.settle(reply));
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => this.fail(new Error(`seal check worker exited (${code})`)));
      this.workers.push(worker);
    }
  }

  /** Index of the first row of `rows` whose seal fails, -1 if none. */
  check(rows: RawChainRow[]): Promise<number> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length];
    if (!worker) return Promise.resolve(firstInvalidSeal(this.hmacs, rows));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, rows } satisfies SealCheckRequest);
    });
  }

  /** Stops the workers (pending checks fail). */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    this.fail(new Error('seal check pool closed'));
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private settle(reply: SealCheckReply): void {
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if ('error' in reply) pending?.reject(new Error(reply.error));
    else pending?.resolve(reply.bad);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
