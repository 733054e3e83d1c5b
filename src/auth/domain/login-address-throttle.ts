import { isIPv4, isIPv6 } from 'node:net';

/**
 * Failed logins allowed from one client address per window, across every username (OWASP
 * Authentication Cheat Sheet; research/security-perf.md A.5.6, after rate-limiter-flexible's
 * "failures by IP"). It stops password spraying (one guess against each of many accounts never
 * locks any account) without letting anyone lock a victim's account from another address. 100 an
 * hour leaves room for a whole office behind one NAT address mistyping passwords.
 */
export const MAX_FAILURES_PER_ADDRESS = 100;
/** A fixed window: it starts at the first counted attempt and resets once it has passed. */
export const ADDRESS_WINDOW_SECONDS = 60 * 60;

export interface AddressWindow {
  windowStartedAt: Date;
  /** Attempts counted in this window (a successful login takes its own count back). */
  failures: number;
}

function windowEnd(state: AddressWindow): number {
  return state.windowStartedAt.getTime() + ADDRESS_WINDOW_SECONDS * 1000;
}

/** Seconds the address must wait before any password is hashed for it; 0 when not blocked. */
export function secondsAddressBlocked(state: AddressWindow | null, now: Date): number {
  if (!state || state.failures < MAX_FAILURES_PER_ADDRESS) return 0;
  const ms = windowEnd(state) - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/**
 * The window after one more attempt, or null when the address is blocked (the attempt is then
 * refused and not counted). An attempt is counted before hashing: up to the 100th it is let through.
 */
export function afterAddressAttempt(state: AddressWindow | null, now: Date): AddressWindow | null {
  if (!state || windowEnd(state) <= now.getTime()) return { windowStartedAt: now, failures: 1 };
  if (state.failures >= MAX_FAILURES_PER_ADDRESS) return null;
  return { windowStartedAt: state.windowStartedAt, failures: state.failures + 1 };
}

/**
 * What is counted for a client address: an IPv4 address as such (also when IPv4-mapped, e.g.
 * `::ffff:192.0.2.1`), an IPv6 address by its /64 prefix, since one host usually holds a whole
 * /64 and would otherwise get 2^64 fresh counters. Only a keyed hash of this is ever stored.
 */
export function addressBucket(ip: string): string {
  const address = ip.trim().toLowerCase().split('%')[0] ?? '';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros (`::` expanded). */
function expandIPv6(address: string): string[] {
  const groupsOf = (part: string) =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group]));
  const [head = '', tail] = address.split('::');
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...zeros, ...right].map((group) => group.replace(/^0+(?=.)/, ''));
}
