import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadAppConfig } from './app-config';
import { ConfigError } from './env.validation';
import { withLocalSecrets } from './secrets';

const KEY = 'k'.repeat(20) + '-identity-key-from-a-secret';
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://kntc:pw@db:5432/kntc',
  JWT_SECRET: 'j'.repeat(32),
  AUDIT_KEY: 'a'.repeat(32),
};

/** The ConfigError message of a failing load (fails the test when it loads). */
function errorOf(env: Record<string, string>, cwd: string): string {
  try {
    loadAppConfig(env, cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}

// Docker and Kubernetes mount secrets as files: IDENTITY_KEY_FILE names one instead of IDENTITY_KEY.
describe('IDENTITY_KEY_FILE (the identity vault key from a mounted secret file)', () => {
  let root: string;
  let file: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'kntc-idkey-'));
    file = join(root, 'identity_key');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('reads the key from the file in production, without its final newline', async () => {
    await writeFile(file, `${KEY}\n`, { mode: 0o400 });
    const config = loadAppConfig({ ...PRODUCTION, IDENTITY_KEY_FILE: file }, '/');
    expect(config.identityKey).toBe(KEY);
  });

  it('takes a relative path from the working directory, and works outside production too', async () => {
    await mkdir(join(root, 'secrets'));
    await writeFile(join(root, 'secrets', 'id.key'), `  ${KEY}\r\n`);
    const config = loadAppConfig({ IDENTITY_KEY_FILE: 'secrets/id.key' }, root);
    expect(config.identityKey).toBe(KEY);
    // a key given this way is not replaced by a generated data/keys/identity.key
    expect((await withLocalSecrets(config)).identityKey).toBe(KEY);
  });

  it('requires exactly one of IDENTITY_KEY and IDENTITY_KEY_FILE in production', async () => {
    await writeFile(file, KEY);
    expect(errorOf({ ...PRODUCTION }, '/')).toBe(
      'Cấu hình không hợp lệ — kiểm tra biến môi trường: IDENTITY_KEY hoặc IDENTITY_KEY_FILE (bắt buộc)',
    );
    const both = { ...PRODUCTION, IDENTITY_KEY: 'i'.repeat(32), IDENTITY_KEY_FILE: file };
    expect(errorOf(both, '/')).toBe(
      'Cấu hình không hợp lệ — kiểm tra biến môi trường: IDENTITY_KEY, IDENTITY_KEY_FILE (chỉ được đặt một trong hai)',
    );
    // ambiguous anywhere: a wrong key would make every identity unreadable
    expect(errorOf({ IDENTITY_KEY: 'i'.repeat(32), IDENTITY_KEY_FILE: file }, '/')).toContain(
      'IDENTITY_KEY, IDENTITY_KEY_FILE',
    );
    // an empty variable counts as unset
    const emptyKey = loadAppConfig(
      { ...PRODUCTION, IDENTITY_KEY: '', IDENTITY_KEY_FILE: file },
      '/',
    );
    expect(emptyKey.identityKey).toBe(KEY);
  });

  it('names IDENTITY_KEY_FILE in one line when the file is missing, a directory or unreadable', async () => {
    const missing = errorOf({ ...PRODUCTION, IDENTITY_KEY_FILE: join(root, 'nope') }, '/');
    expect(missing).toBe(
      'Cấu hình không hợp lệ — kiểm tra biến môi trường: IDENTITY_KEY_FILE (không tìm thấy tệp)',
    );
    expect(errorOf({ ...PRODUCTION, IDENTITY_KEY_FILE: root }, '/')).toContain(
      'IDENTITY_KEY_FILE (không phải một tệp)',
    );
    await writeFile(file, KEY);
    await chmod(file, 0o000);
    // root reads any file: only check the refusal when this process cannot read it
    if (process.getuid?.() !== 0) {
      expect(errorOf({ ...PRODUCTION, IDENTITY_KEY_FILE: file }, '/')).toContain(
        'IDENTITY_KEY_FILE (không đọc được tệp: EACCES)',
      );
    }
  });

  it.each([
    ['too short', 'short-secret-31-characters-long'],
    ['too long', 'x'.repeat(513)],
    ['blank', ' \n'],
  ])(
    'refuses a key that is %s (32–512 characters), without printing it',
    async (_label, content) => {
      await writeFile(file, content);
      const message = errorOf({ ...PRODUCTION, IDENTITY_KEY_FILE: file }, '/');
      expect(message).toBe(
        'Cấu hình không hợp lệ — kiểm tra biến môi trường: IDENTITY_KEY_FILE (khóa trong tệp phải dài 32–512 ký tự)',
      );
      if (content.trim()) expect(message).not.toContain(content.trim().slice(0, 10));
    },
  );

  it('names the identity file together with the other missing production variables', () => {
    const message = errorOf({ NODE_ENV: 'production', IDENTITY_KEY_FILE: join(root, 'nope') }, '/');
    expect(message).toBe(
      'Cấu hình không hợp lệ — kiểm tra biến môi trường: DATABASE_URL (bắt buộc), JWT_SECRET (bắt buộc), AUDIT_KEY (bắt buộc), IDENTITY_KEY_FILE (không tìm thấy tệp)',
    );
  });

  it('refuses a huge file without reading it as a key', async () => {
    await writeFile(file, 'k'.repeat(10_000));
    expect(errorOf({ ...PRODUCTION, IDENTITY_KEY_FILE: file }, '/')).toContain(
      'IDENTITY_KEY_FILE (khóa trong tệp phải dài 32–512 ký tự)',
    );
  });
});
