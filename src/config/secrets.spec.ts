import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadAppConfig } from './app-config';
import { withLocalSecrets } from './secrets';

describe('withLocalSecrets (key files for npm start on a fresh machine)', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'kntc-secrets-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('creates the three keys once, keeps keys/ private and the data directory enterable', async () => {
    const config = loadAppConfig({}, root);
    const first = await withLocalSecrets(config);
    const again = await withLocalSecrets(config);
    expect(first.jwtSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(again.jwtSecret).toBe(first.jwtSecret);
    expect(new Set([first.jwtSecret, first.auditKey, first.identityKey]).size).toBe(3);
    // the embedded PostgreSQL runs as another user when we are root: it must enter data/
    expect((await stat(config.dataDir)).mode & 0o777).toBe(0o755);
    expect((await stat(join(config.dataDir, 'keys'))).mode & 0o777).toBe(0o700);
    expect((await stat(join(config.dataDir, 'keys', 'jwt.key'))).mode & 0o777).toBe(0o600);
  });

  it('leaves secrets given in the environment alone', async () => {
    const config = loadAppConfig({ JWT_SECRET: 'x'.repeat(40) }, root);
    expect((await withLocalSecrets(config)).jwtSecret).toBe('x'.repeat(40));
  });
});
