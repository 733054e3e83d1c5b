import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Response } from 'supertest';

import { MAX_FAILURES_PER_ADDRESS } from '../../src/auth/domain/login-address-throttle';
import { PasswordHasher } from '../../src/common/crypto/password-hasher';
import { authMessagesVi } from '../../src/common/i18n/auth-messages.vi';
import { createOfficer, TEST_PASSWORD, type TestOfficer } from '../support/auth';
import { expectError } from '../support/expect-error';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Failed logins per client address, against password spraying (docs/auth.md). Clients are told
 * apart by real TCP source addresses: every 127.x.y.z is a loopback address a socket may bind to.
 */

interface From {
  /** The TCP source address (the peer the server sees). */
  remote: string;
  forwardedFor?: string;
}

async function listen(t: TestApp): Promise<void> {
  await t.app.listen(0, '127.0.0.1');
}

function attempt(t: TestApp, from: From, username: string, password: string): Promise<Response> {
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  const payload = JSON.stringify({ username, password });
  const headers = {
    'content-type': 'application/json',
    ...(from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {}),
  };
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        localAddress: from.remote,
        agent: false,
        method: 'POST',
        path: '/api/v1/auth/login',
        headers,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          // the shape expectError reads (supertest's)
          const body: unknown = JSON.parse(text);
          resolve({ status: res.statusCode, body, headers: res.headers } as unknown as Response);
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * `count` failed logins from one client, one guess per username (a spray: none reaches an
 * account's limit of 10). The usernames name no account; each still runs the dummy argon2 verify,
 * stubbed here to keep the test fast (its cost is auth-login.e2e-spec.ts's subject, not this one).
 */
async function spray(t: TestApp, from: From, count: number, tag: string) {
  const dummy = jest.spyOn(t.app.get(PasswordHasher), 'verifyDummy').mockResolvedValue(false);
  try {
    for (let i = 0; i < count; i++) {
      const res = await attempt(t, from, `khong-co-${tag}-${i}`, 'mat-khau-doan-thu');
      expect(res.status).toBe(401);
    }
  } finally {
    dummy.mockRestore();
  }
}

/** argon2 runs through PasswordHasher.verify (verifyDummy calls it too): counted, not timed. */
function watchHashing(t: TestApp) {
  return jest.spyOn(t.app.get(PasswordHasher), 'verify');
}

describe('login throttling per client address, TRUST_PROXY unset', () => {
  let t: TestApp;
  let officer: TestOfficer;
  const attacker = { remote: '127.0.0.7' };

  beforeAll(async () => {
    t = await createTestApp();
    await listen(t);
    officer = await createOfficer(t);
  });
  afterAll(() => t.close());

  it('refuses an address after 100 failed logins over many usernames, before hashing, even with a right password', async () => {
    expect(MAX_FAILURES_PER_ADDRESS).toBe(100);
    // a few real accounts among the guesses: wrong passwords, far from their own lock (10)
    for (let i = 0; i < 3; i++) {
      expectError(
        await attempt(t, attacker, officer.username, `sai-${i}`),
        401,
        'AUTH_INVALID_CREDENTIALS',
      );
    }
    await spray(t, attacker, 97, 'a');

    const hashing = watchHashing(t);
    try {
      const refused = await attempt(t, attacker, officer.username, TEST_PASSWORD);
      expectError(refused, 429, 'AUTH_ADDRESS_LOCKED');
      // the fixed clock has not moved since the window opened: a whole hour to wait
      expect(refused.headers['retry-after']).toBe('3600');
      expect(refused.body.message).toBe(authMessagesVi.accountLocked(60));
      expectError(await attempt(t, attacker, 'khong-co-gi', 'x'), 429, 'AUTH_ADDRESS_LOCKED');
      expect(hashing).not.toHaveBeenCalled();
    } finally {
      hashing.mockRestore();
    }
  });

  it('does not lock the accounts that were guessed at: the same officer logs in from elsewhere', async () => {
    const res = await attempt(t, { remote: '127.0.0.9' }, officer.username, TEST_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
  });

  it('ignores X-Forwarded-For: a forged header neither frees the address nor blocks another', async () => {
    const forged = { remote: attacker.remote, forwardedFor: '127.0.0.50' };
    expectError(
      await attempt(t, forged, officer.username, TEST_PASSWORD),
      429,
      'AUTH_ADDRESS_LOCKED',
    );
    const framed = { remote: '127.0.0.51', forwardedFor: attacker.remote };
    expect((await attempt(t, framed, officer.username, TEST_PASSWORD)).status).toBe(200);
  });

  it('stores only a keyed hash of the address, never the address itself', async () => {
    const rows = await t.dataSource.query<{ address_key: string; failures: number }[]>(
      'SELECT address_key, failures FROM login_address_throttle',
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.address_key).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.map((r) => r.failures)).toContain(100);
    const dump = JSON.stringify(await t.dataSource.query('SELECT * FROM login_address_throttle'));
    expect(dump).not.toContain('127.0.0');
  });

  it('does not reset the address on a successful login (it only takes its own attempt back)', async () => {
    const office = { remote: '127.0.0.20' };
    await spray(t, office, 99, 'b');
    expect((await attempt(t, office, officer.username, TEST_PASSWORD)).status).toBe(200);
    expectError(await attempt(t, office, 'khong-co-b-x', 'sai'), 401, 'AUTH_INVALID_CREDENTIALS');
    // 100 failures now: had the success reset the counter, this one would be let through
    expectError(
      await attempt(t, office, officer.username, TEST_PASSWORD),
      429,
      'AUTH_ADDRESS_LOCKED',
    );
  });

  it('lets no more than the limit through when attempts arrive at once', async () => {
    const burst = { remote: '127.0.0.30' };
    await spray(t, burst, 95, 'c');
    const dummy = jest.spyOn(t.app.get(PasswordHasher), 'verifyDummy').mockResolvedValue(false);
    try {
      const statuses = await Promise.all(
        Array.from({ length: 10 }, (_, i) => attempt(t, burst, `khong-co-c-par-${i}`, 'sai')),
      ).then((all) => all.map((res) => res.status).sort());
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    } finally {
      dummy.mockRestore();
    }
  });

  it('lets the address in again once its hour has passed', async () => {
    t.clock.set(new Date(t.clock.now().getTime() + 60 * 60_000));
    expect((await attempt(t, attacker, officer.username, TEST_PASSWORD)).status).toBe(200);
  });

  it('sweeps counters whose hour has passed as later logins are counted (no unbounded growth)', async () => {
    const rows = async () => {
      const [row] = await t.dataSource.query<{ n: string }[]>(
        'SELECT count(*) AS n FROM login_address_throttle',
      );
      return Number(row!.n);
    };
    for (let i = 1; i <= 10; i++) await spray(t, { remote: `127.0.1.${i}` }, 1, `d${i}`);
    const before = await rows();
    expect(before).toBeGreaterThan(10);
    t.clock.set(new Date(t.clock.now().getTime() + 2 * 60 * 60_000));
    const late = { remote: '127.0.0.200' };
    await spray(t, late, 4, 'e');
    // each attempt deletes 2 counters whose hour has passed; the late address has one of its own
    expect(await rows()).toBe(before - 8 + 1);
    await spray(t, late, Math.ceil(before / 2), 'f');
    expect(await rows()).toBe(1);
  });
});

describe('login throttling per client address behind a trusted proxy (TRUST_PROXY)', () => {
  let t: TestApp;
  let officer: TestOfficer;
  const proxy = '127.0.0.2';
  const via = (client: string) => ({ remote: proxy, forwardedFor: client });

  beforeAll(async () => {
    t = await createTestApp({ config: { trustProxy: [proxy] } });
    await listen(t);
    officer = await createOfficer(t);
  });
  afterAll(() => t.close());

  it("counts the client the proxy names in X-Forwarded-For, not the proxy's own address", async () => {
    await spray(t, via('198.51.100.30'), 100, 'p');
    // what the client wrote itself (leftmost) is not believed: the proxy appended its peer
    const sameClient = via('203.0.113.1, 198.51.100.30');
    expectError(
      await attempt(t, sameClient, officer.username, TEST_PASSWORD),
      429,
      'AUTH_ADDRESS_LOCKED',
    );
    const otherClient = via('198.51.100.31');
    expect((await attempt(t, otherClient, officer.username, TEST_PASSWORD)).status).toBe(200);
  });

  it('ignores X-Forwarded-For from a peer that is not the trusted proxy', async () => {
    const direct = { remote: '127.0.0.99', forwardedFor: '198.51.100.30' };
    expect((await attempt(t, direct, officer.username, TEST_PASSWORD)).status).toBe(200);
  });

  it('counts a spray from IPv6 addresses of one /64 as one address', async () => {
    await spray(t, via('2001:db8:7:1::1'), 50, 'v6a');
    await spray(t, via('2001:db8:7:1:ffff::2'), 50, 'v6b');
    const other = await attempt(t, via('2001:db8:7:1::3'), officer.username, TEST_PASSWORD);
    expectError(other, 429, 'AUTH_ADDRESS_LOCKED');
    const nextNet = await attempt(t, via('2001:db8:7:2::1'), officer.username, TEST_PASSWORD);
    expect(nextNet.status).toBe(200);
  });
});
