import {
  ADDRESS_WINDOW_SECONDS,
  addressBucket,
  afterAddressAttempt,
  type AddressWindow,
  MAX_FAILURES_PER_ADDRESS,
  secondsAddressBlocked,
} from './login-address-throttle';

describe('failed logins per client address (OWASP Authentication Cheat Sheet; research A.5.6)', () => {
  const now = new Date('2026-03-10T02:00:00Z');
  const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

  it('lets 100 attempts an hour through from one address, whatever usernames they name, and blocks the 101st', () => {
    expect(MAX_FAILURES_PER_ADDRESS).toBe(100);
    expect(ADDRESS_WINDOW_SECONDS).toBe(3600);
    let state: AddressWindow | null = null;
    for (let i = 1; i <= 100; i++) {
      state = afterAddressAttempt(state, at(i));
      expect(state).toEqual({ windowStartedAt: at(1), failures: i });
    }
    expect(afterAddressAttempt(state, at(101))).toBeNull();
    expect(secondsAddressBlocked(state, at(101))).toBe(3600 + 1 - 101);
  });

  it('is not blocked below the limit', () => {
    expect(secondsAddressBlocked(null, now)).toBe(0);
    expect(secondsAddressBlocked({ windowStartedAt: now, failures: 99 }, at(10))).toBe(0);
  });

  it('starts a fresh window once the hour has passed (fixed window), blocked or not', () => {
    const full = { windowStartedAt: now, failures: 100 };
    expect(secondsAddressBlocked(full, at(3599))).toBe(1);
    expect(secondsAddressBlocked(full, at(3600))).toBe(0);
    expect(afterAddressAttempt(full, at(3600))).toEqual({ windowStartedAt: at(3600), failures: 1 });
  });

  it('rounds the wait up to whole seconds for Retry-After', () => {
    const full = { windowStartedAt: now, failures: 100 };
    expect(secondsAddressBlocked(full, new Date(now.getTime() + 3598_500))).toBe(2);
  });

  describe('addressBucket', () => {
    it('counts an IPv4 address as itself, also when IPv4-mapped', () => {
      expect(addressBucket('192.0.2.10')).toBe('192.0.2.10');
      expect(addressBucket('::ffff:192.0.2.10')).toBe('192.0.2.10');
      expect(addressBucket('::FFFF:192.0.2.10')).toBe('192.0.2.10');
    });

    it('counts an IPv6 address by its /64 (one host holds a whole /64)', () => {
      expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
      expect(addressBucket('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
      expect(addressBucket('2001:db8::5')).toBe('2001:db8:0:0::/64');
      expect(addressBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
      expect(addressBucket('::1')).toBe('0:0:0:0::/64');
      expect(addressBucket('2001:db8:1:3::1')).not.toBe(addressBucket('2001:db8:1:2::1'));
    });

    it('leaves anything else as it is (never throws on odd input)', () => {
      expect(addressBucket('')).toBe('');
      expect(addressBucket('not-an-ip')).toBe('not-an-ip');
    });
  });
});
