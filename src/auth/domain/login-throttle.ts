/** Consecutive failures after which an account is locked (issue #3; OWASP Authentication CS). */
export const MAX_CONSECUTIVE_FAILURES = 10;
/** How long a lock lasts; a successful password reset by an admin lifts it at once. */
export const LOCK_SECONDS = 15 * 60;

export interface ThrottleState {
  consecutiveFailures: number;
  lockedUntil: Date | null;
}

/** Seconds the caller must wait before any password is even hashed; 0 when not locked. */
export function secondsLocked(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  const ms = state.lockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** The state after one more failure: the 10th failure in a row locks the account. */
export function afterFailure(state: ThrottleState | null, now: Date): ThrottleState {
  const expired = state?.lockedUntil && state.lockedUntil.getTime() <= now.getTime();
  const failures = (expired ? 0 : (state?.consecutiveFailures ?? 0)) + 1;
  const lockedUntil =
    failures >= MAX_CONSECUTIVE_FAILURES ? new Date(now.getTime() + LOCK_SECONDS * 1000) : null;
  return { consecutiveFailures: failures, lockedUntil };
}
