import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Same bounds as IDENTITY_KEY (env.validation.ts). */
const KEY_MIN_LENGTH = 32;
const KEY_MAX_LENGTH = 512;
/** A key file is small; anything bigger is not a key (and is not read into memory). */
const MAX_FILE_BYTES = 8192;

export type IdentityKeySource =
  { key: string | null; problem: null } | { key: null; problem: string };

const problem = (text: string): IdentityKeySource => ({ key: null, problem: text });

/** The key in the file, surrounding blanks and the final newline removed, or why it cannot be used. */
function readKeyFile(path: string): IdentityKeySource {
  let content: string;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return problem('IDENTITY_KEY_FILE (không phải một tệp)');
    if (stat.size > MAX_FILE_BYTES) {
      return problem(
        `IDENTITY_KEY_FILE (khóa trong tệp phải dài ${KEY_MIN_LENGTH}–${KEY_MAX_LENGTH} ký tự)`,
      );
    }
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return problem('IDENTITY_KEY_FILE (không tìm thấy tệp)');
    return problem(`IDENTITY_KEY_FILE (không đọc được tệp${code ? `: ${code}` : ''})`);
  }
  const key = content.trim();
  if (key.length < KEY_MIN_LENGTH || key.length > KEY_MAX_LENGTH) {
    return problem(
      `IDENTITY_KEY_FILE (khóa trong tệp phải dài ${KEY_MIN_LENGTH}–${KEY_MAX_LENGTH} ký tự)`,
    );
  }
  return { key, problem: null };
}

/**
 * The identity vault key from IDENTITY_KEY or from the file IDENTITY_KEY_FILE names (Docker and
 * Kubernetes secrets are mounted as files; a relative path is taken from `cwd`). Setting both is
 * refused, in every environment: which one was meant cannot be guessed, and a wrong key makes
 * every identity unreadable. A problem names the variables, never the key.
 */
export function identityKeyFrom(
  env: { IDENTITY_KEY?: string; IDENTITY_KEY_FILE?: string },
  cwd: string,
): IdentityKeySource {
  if (env.IDENTITY_KEY !== undefined && env.IDENTITY_KEY_FILE !== undefined) {
    return problem('IDENTITY_KEY, IDENTITY_KEY_FILE (chỉ được đặt một trong hai)');
  }
  if (env.IDENTITY_KEY_FILE !== undefined) return readKeyFile(resolve(cwd, env.IDENTITY_KEY_FILE));
  return { key: env.IDENTITY_KEY ?? null, problem: null };
}
