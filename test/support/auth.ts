import { randomBytes } from 'node:crypto';

import { generateSecret, generateSync } from 'otplib';

import { Role } from '../../src/auth/role';
import { PasswordHasher } from '../../src/common/crypto/password-hasher';
import { deriveKey, seal } from '../../src/common/crypto/secret-box';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'mật-khẩu-thử-nghiệm-2026';
const hasher = new PasswordHasher();
let passwordHash: Promise<string> | undefined;

export interface TestOfficer {
  id: string;
  username: string;
  agencyId: string;
  roles: Role[];
  totpSecret: string | null;
  token: string;
}

export interface OfficerOptions {
  agencyId?: string;
  roles?: Role[];
  username?: string;
  /** Admins and leaders get TOTP by default (as they must). */
  totp?: boolean;
}

/** The id of an agency by code (seeded Hà Nội tree), e.g. `HN`, `HN-TTTP`. */
export async function agencyIdByCode(t: TestApp, code: string): Promise<string> {
  const rows = await t.dataSource.query<{ id: string }[]>(
    'SELECT id FROM agency WHERE code = $1 ORDER BY valid_from DESC LIMIT 1',
    [code],
  );
  if (!rows[0]) throw new Error(`no agency ${code}`);
  return rows[0].id;
}

/** A TOTP code valid at the app's (fixed) clock. */
export function totpCodeAt(t: TestApp, secret: string): string {
  return generateSync({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
}

/** Inserts an officer directly (fast), then logs in through the real HTTP route. */
export async function createOfficer(
  t: TestApp,
  options: OfficerOptions = {},
): Promise<TestOfficer> {
  const roles = options.roles ?? [Role.ReceptionOfficer];
  const agencyId = options.agencyId ?? (await agencyIdByCode(t, 'HN-TTTP'));
  const username = options.username ?? `cb-${randomBytes(5).toString('hex')}`;
  const wantsTotp = options.totp ?? roles.some((r) => r === Role.Admin || r === Role.Leader);
  const totpSecret = wantsTotp ? generateSecret() : null;
  const key = deriveKey(t.config.identityKey ?? '', 'totp-seed');
  passwordHash ??= hasher.hash(TEST_PASSWORD);
  const rows = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO officer (username, full_name, agency_id, roles, password_hash, totp_secret_sealed, is_totp_enabled)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      username,
      'Cán bộ Thử Nghiệm',
      agencyId,
      roles,
      await passwordHash,
      totpSecret ? seal(key, totpSecret) : null,
      totpSecret !== null,
    ],
  );
  const id = rows[0]!.id;
  const token = await login(t, username, totpSecret);
  return { id, username, agencyId, roles, totpSecret, token };
}

export async function login(t: TestApp, username: string, totpSecret: string | null) {
  // A code is accepted once per 30 s step: move the fixed clock on so each login has a fresh one.
  if (totpSecret) t.clock.set(new Date(t.clock.now().getTime() + 30_000));
  const totpCode = totpSecret ? totpCodeAt(t, totpSecret) : undefined;
  const body = { username, password: TEST_PASSWORD, ...(totpCode ? { totpCode } : {}) };
  const res = await t.http.post('/api/v1/auth/login').send(body);
  if (res.status !== 200) {
    throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return (res.body as { accessToken: string }).accessToken;
}

/** A bearer token of a fresh officer with this role (in HN-TTTP unless an agency is given). */
export async function tokenFor(t: TestApp, role: Role, agencyId?: string): Promise<string> {
  return (await createOfficer(t, { roles: [role], agencyId })).token;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
