import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AuditRepository } from '../../src/audit/audit.repository';
import { ChainCheckPool } from '../../src/audit/chain-check-pool';
import { chainRanges } from '../../src/audit/chain-range-reader';
import { auditEntry, recordEvents, sealAudit, tamperAudit } from '../support/audit-chain';
import { createTestApp, type TestApp } from '../support/test-app';

/** The TypeScript worker, compiled on load by swc (what the build does ahead of time). */
function workerFromSources(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'chain-worker-')), 'worker.js');
  const source = join(__dirname, '../../src/audit/chain-check.worker.ts');
  writeFileSync(
    file,
    `const { readFileSync } = require('node:fs');
     const { transformSync } = require(${JSON.stringify(require.resolve('@swc/core'))});
     require.extensions['.ts'] = (module, filename) => {
       const { code } = transformSync(readFileSync(filename, 'utf8'), {
         filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
         module: { type: 'commonjs' },
       });
       module._compile(code, filename);
     };
     require(${JSON.stringify(source)});`,
  );
  return file;
}

/**
 * ChainCheckPool reads and checks ranges of the chain in worker threads on their own connections
 * (issue 3, P9), or in this thread: both must give the same answer for every range.
 */
describe('ChainCheckPool', () => {
  let t: TestApp;
  let repository: AuditRepository;
  let workerFile: string;

  beforeAll(async () => {
    t = await createTestApp();
    repository = t.app.get(AuditRepository);
    workerFile = workerFromSources();
    await tamperAudit(t, 'TRUNCATE audit_chain, audit_event RESTART IDENTITY');
    await recordEvents(t, ...Array.from({ length: 40 }, (_, i) => auditEntry(i)));
    await sealAudit(t);
    // seq 14 (range 2, 3rd link) altered; row and link 36 deleted (range 4)
    await tamperAudit(
      t,
      `UPDATE audit_event SET data = '{"i": 99}' WHERE seq = 14;
       DELETE FROM audit_chain WHERE seq = 36; DELETE FROM audit_event WHERE seq = 36`,
    );
  });
  afterAll(() => t.close());

  const poolOf = (threads: number, url: string | null = repository.databaseUrl()) =>
    new ChainCheckPool({
      key: t.config.auditKey ?? '',
      url,
      source: (from, to) => repository.chainRange(from, to),
      threads,
      workerFile,
    });

  async function checkAll(pool: ChainCheckPool) {
    try {
      const ranges = [...chainRanges('1', '40', 11)];
      return await Promise.all(ranges.map(([from, to]) => pool.check(from, to)));
    } finally {
      await pool.close();
    }
  }

  it.each([
    ['in this thread', 0],
    ['in one worker', 1],
    ['in two workers', 2],
  ])('answers each range with its own first bad link, %s', async (_, threads) => {
    const checks = await checkAll(poolOf(threads));
    expect(checks.map((c) => [c.count, c.firstPos, c.bad, c.badPos])).toEqual([
      [11, '1', -1, null],
      [11, '12', 2, '14'],
      [11, '23', -1, null],
      [6, '34', 2, '37'],
    ]);
    expect(checks[1]?.firstPrev).toBe(checks[0]?.lastHash);
  });

  it('reads in this thread without a database URL for the workers', async () => {
    const inThread = await checkAll(poolOf(0));
    expect(await checkAll(poolOf(2, null))).toEqual(inThread);
  });

  it('fails the pending checks when closed', async () => {
    const pool = poolOf(1);
    const outcome = expect(pool.check('1', '40')).rejects.toThrow('chain check pool closed');
    await pool.close();
    await outcome;
  });

  it('reports a worker that cannot reach the database as a failed check, not a crash', async () => {
    const pool = poolOf(1, 'postgres://nobody@127.0.0.1:1/none');
    try {
      await expect(pool.check('1', '40')).rejects.toThrow(/ECONNREFUSED|connect/);
    } finally {
      await pool.close();
    }
  });
});
