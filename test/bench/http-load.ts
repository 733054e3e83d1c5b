import autocannon from 'autocannon';

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
}

/** Runs autocannon against a loopback URL for a bounded time (warm-up excluded). */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let turn = 0;
  const bodies = options.bodies;
  const base = {
    url: options.url,
    connections: options.connections ?? 10,
    method: options.method ?? 'GET',
    body: options.body,
    headers: options.headers,
    ...(bodies
      ? {
          requests: [
            {
              setupRequest: (req: autocannon.Request) => ({
                ...req,
                body: bodies[turn++ % bodies.length],
              }),
            },
          ],
        }
      : {}),
  };
  await autocannon({ ...base, duration: 1 });
  const result = await autocannon({ ...base, duration: options.seconds ?? 5 });
  return {
    name: options.name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export function formatLoad(r: LoadResult): string {
  const rps = Math.round(r.requestsPerSecond).toLocaleString('en-US').padStart(8);
  const failures =
    r.errors + r.non2xx > 0 ? `  FAILURES: ${r.errors} errors, ${r.non2xx} non-2xx` : '';
  return `  ${r.name.padEnd(46)} ${rps} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms${failures}`;
}
