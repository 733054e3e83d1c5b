import Fastify from 'fastify';
import { Pool } from 'pg';

import { createApp } from '../../src/bootstrap';
import { type BenchDatabase, benchConfig } from './bench-db';
import { formatLoad, runLoad } from './http-load';

async function bareFastify(pool: Pool | null): Promise<{ url: string; close(): Promise<void> }> {
  const server = Fastify({ logger: false });
  server.get('/health', async () => {
    if (pool) await pool.query('SELECT 1');
    return { status: 'ok', database: 'up' };
  });
  const address = await server.listen({ port: 0, host: '127.0.0.1' });
  return { url: `${address}/health`, close: () => server.close() };
}

/** GET /api/v1/health through the whole app vs a bare Fastify server doing the same query. */
export async function benchHealth(db: BenchDatabase): Promise<void> {
  const config = await benchConfig(db);
  const app = await createApp({ config, databaseUrl: db.url });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const appUrl = `${await app.getUrl()}/api/v1/health`.replace('[::1]', '127.0.0.1');
  const pool = new Pool({ connectionString: db.url, max: config.dbPoolSize });
  const bareDb = await bareFastify(pool);
  const bareStatic = await bareFastify(null);
  try {
    const kntc = await runLoad({ name: 'KNTC GET /api/v1/health (SELECT 1)', url: appUrl });
    const bare = await runLoad({ name: 'bare Fastify + pg (SELECT 1)', url: bareDb.url });
    const stat = await runLoad({ name: 'bare Fastify, static JSON', url: bareStatic.url });
    console.log('\nHealth endpoint, 10 connections, 5 s after 1 s warm-up');
    for (const r of [kntc, bare, stat]) console.log(formatLoad(r));
    const ratio = kntc.requestsPerSecond / bare.requestsPerSecond;
    console.log(`  ratio KNTC / bare Fastify + pg: ${ratio.toFixed(2)}`);
  } finally {
    await Promise.all([bareDb.close(), bareStatic.close(), pool.end()]);
    await app.close();
  }
}
