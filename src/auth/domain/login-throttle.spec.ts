import { afterFailure, LOCK_SECONDS, secondsLocked } from './login-throttle';

describe('login throttling per account (OWASP Authentication Cheat Sheet; issue #3)', () => {
  const now = new Date('2026-03-10T02:00:00Z');

  it('locks the account on the 10th failure in a row, not before', () => {
    let state = null;
    for (let i = 1; i <= 9; i++) {
      state = afterFailure(state, now);
      expect(secondsLocked(state, now)).toBe(0);
    }
    state = afterFailure(state, now);
    expect(state.consecutiveFailures).toBe(10);
    expect(secondsLocked(state, now)).toBe(LOCK_SECONDS);
  });

  it('unlocks by itself when the lock expires, and counts afresh', () => {
    const locked = { consecutiveFailures: 10, lockedUntil: new Date(now.getTime() + 1000) };
    const later = new Date(now.getTime() + 2000);
    expect(secondsLocked(locked, later)).toBe(0);
    expect(afterFailure(locked, later)).toEqual({ consecutiveFailures: 1, lockedUntil: null });
  });

  it('rounds the wait up to whole seconds for Retry-After', () => {
    const locked = { consecutiveFailures: 10, lockedUntil: new Date(now.getTime() + 1500) };
    expect(secondsLocked(locked, now)).toBe(2);
  });
});
