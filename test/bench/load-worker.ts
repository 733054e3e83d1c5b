import { randomUUID } from 'node:crypto';

import autocannon from 'autocannon';

import type { LoadOptions } from './http-load';

// The load generator runs in its own process (forked by http-load.ts), as wrk would: sharing the
// service's event loop would bill the generator's work to the service (research B.4). Not a
// worker thread: autocannon returns raw histograms when it is not on a main thread.

async function run(options: LoadOptions) {
  let turn = 0;
  const { bodies, variants } = options;
  const perRequest = bodies !== undefined || variants !== undefined || options.idempotencyKeys;
  const base = {
    url: options.url,
    connections: options.connections ?? 10,
    method: options.method ?? 'GET',
    body: options.body,
    headers: options.headers,
    ...(perRequest
      ? {
          requests: [
            {
              setupRequest: (req: autocannon.Request) => {
                const variant = variants?.[turn % variants.length];
                const body = bodies?.[turn % bodies.length] ?? variant?.body ?? req.body;
                turn += 1;
                const key = options.idempotencyKeys ? { 'idempotency-key': randomUUID() } : {};
                return { ...req, body, headers: { ...req.headers, ...variant?.headers, ...key } };
              },
            },
          ],
        }
      : {}),
  };
  await autocannon({ ...base, duration: options.warmUpSeconds ?? 1 });
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

process.once('message', (options: LoadOptions) => {
  run(options).then(
    (result) => process.send!({ result }),
    (error: unknown) => process.send!({ error: String(error) }),
  );
});
