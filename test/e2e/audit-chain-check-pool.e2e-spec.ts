import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { RAW_CHAIN_KEY, rawChain } from '../../test/support/raw-chain';
import { SealCheckPool } from './seal-check-pool';

/** The TypeScript worker, compiled on load by swc (what the build does ahead of time). */
function workerFromSources(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'seal-worker-')), 'worker.js');
  const source = join(__dirname, 'audit-seal.worker.ts');
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

describe('SealCheckPool', () => {
  const batches = () => {
    const rows = rawChain(40);
    rows[13]![9] = '{"i": 99}'; // batch 1, row 3
    rows[35]![12] = 'f'.repeat(64); // batch 3, row 5
    return [rows.slice(0, 10), rows.slice(10, 20), rows.slice(20, 30), rows.slice(30)];
  };
  const answers = [-1, 3, -1, 5];

  it.each([
    ['in this thread', 0],
    ['in one worker', 1],
    ['in two workers', 2],
  ])('answers each batch with its own first bad seal, %s', async (_, threads) => {
    const pool = new SealCheckPool(RAW_CHAIN_KEY, threads, workerFromSources());
    try {
      expect(await Promise.all(batches().map((b) => pool.check(b)))).toEqual(answers);
    } finally {
      await pool.close();
    }
  });

  it('checks in this thread when the compiled worker is missing', async () => {
    const pool = new SealCheckPool(RAW_CHAIN_KEY, 2, join(tmpdir(), 'no-such-worker.js'));
    expect(await Promise.all(batches().map((b) => pool.check(b)))).toEqual(answers);
    await pool.close();
  });

  it('fails the pending checks when closed', async () => {
    const pool = new SealCheckPool(RAW_CHAIN_KEY, 1, workerFromSources());
    const outcome = expect(pool.check(rawChain(200))).rejects.toThrow('seal check pool closed');
    await pool.close();
    await outcome;
  });
});
