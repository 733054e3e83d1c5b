import { join } from 'node:path';
import { fork } from 'node:child_process';

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  name: string;
  url: string;
  connections?: number;
  seconds?: number;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  /** Bodies sent in turn (instead of `body`), e.g. one account per request. */
  bodies?: readonly string[];
  /** Body and extra headers sent in turn, e.g. one officer (token) and case per agency. */
  variants?: readonly { body: string; headers: Record<string, string> }[];
  /** A fresh Idempotency-Key header on every request. */
  idempotencyKeys?: boolean;
  warmUpSeconds?: number;
}

/**
 * Runs autocannon against a loopback URL for a bounded time (warm-up excluded), in a child
 * process (load-worker.ts) so that the generator does not share the service's event loop.
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'load-worker.js'), { stdio: 'inherit' });
    child.once('message', (m: { result?: LoadResult; error?: string }) => {
      if (m.result) resolve(m.result);
      else reject(new Error(`load generator: ${m.error}`));
      child.kill();
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`load generator exited with ${code}`)));
    child.send(options);
  });
}

export function formatLoad(r: LoadResult): string {
  const rps = Math.round(r.requestsPerSecond).toLocaleString('en-US').padStart(8);
  const failures =
    r.errors + r.non2xx > 0 ? `  FAILURES: ${r.errors} errors, ${r.non2xx} non-2xx` : '';
  return `  ${r.name.padEnd(46)} ${rps} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms${failures}`;
}
