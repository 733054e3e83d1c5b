import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { ClientAddressKey } from './client-address-key';
import {
  ADDRESS_WINDOW_SECONDS,
  MAX_FAILURES_PER_ADDRESS,
  secondsAddressBlocked,
} from './domain/login-address-throttle';
import { LOCK_SECONDS, MAX_CONSECUTIVE_FAILURES } from './domain/login-throttle';

interface LockRow {
  locked_until: Date | null;
}

/**
 * Failed-login counters keyed by username (existing or not) and by client address (a keyed hash,
 * never the address). An attempt is counted as a failure BEFORE the password is hashed, atomically
 * on the rows, so parallel guesses cannot get past either limit; a successful login clears the
 * username's counter and takes back its own count on the address (never the address's other
 * failures: spraying succeeds now and then). Same rules as domain/login-throttle.ts afterFailure
 * and domain/login-address-throttle.ts afterAddressAttempt.
 * One upsert per counter: a concurrent successful login that deletes the row between two
 * statements cannot make this attempt look locked (it did, with an INSERT … DO NOTHING then an UPDATE).
 *
 * Parameters: $1 username, $2 now, $3 failures that lock an account, $4 its lock in seconds,
 * $5 address key, $6 attempts allowed per address and window, $7 the window in seconds,
 * $8 how many expired address rows this attempt sweeps.
 */
const FAILURES = `CASE WHEN t.locked_until IS NOT NULL AND t.locked_until <= $2 THEN 1
                      ELSE t.consecutive_failures + 1 END`;
/**
 * The row is updated only while it is not locked, so a `locked_until` it returns was set by THIS
 * attempt. `source` gates the insert: with `FROM counted`, the username is not counted when the
 * address is blocked.
 */
const reserveAccount = (source: string) => `
    INSERT INTO login_throttle AS t (username, consecutive_failures, last_failure_at, locked_until)
    SELECT $1::varchar, 1, $2::timestamptz,
           CASE WHEN 1 >= $3 THEN $2::timestamptz + make_interval(secs => $4) END
      ${source}
    ON CONFLICT (username) DO UPDATE
       SET consecutive_failures = ${FAILURES},
           last_failure_at = $2,
           locked_until = CASE WHEN ${FAILURES} >= $3
                               THEN $2::timestamptz + make_interval(secs => $4) END
     WHERE t.locked_until IS NULL OR t.locked_until <= $2
    RETURNING t.username, t.consecutive_failures, t.locked_until`;
/** The officer the username names (if any) is joined for the lockout's audit row. */
const ACCOUNT_SQL = `
  WITH reserved AS (${reserveAccount('')})
  SELECT r.consecutive_failures, r.locked_until, o.id AS officer_id, o.agency_id
    FROM reserved r LEFT JOIN officer o ON o.username = r.username`;

const EXPIRED = (alias: string) =>
  `${alias}.window_started_at <= $2::timestamptz - make_interval(secs => $7)`;
/**
 * The address is counted unless it already reached the limit in its current window; its row is
 * then left alone and `counted` is empty. The same statement counts the username (gated on
 * `counted`) and deletes a few rows whose window has passed (SKIP LOCKED: it never waits, so two
 * logins cannot deadlock over each other's rows). `blocked_window` is the address's window as the
 * statement found it, for Retry-After. Every attempt runs this same statement, whether the
 * account exists or not: one round trip, as before the address was counted.
 */
const RESERVE_SQL = `
  WITH counted AS (
    INSERT INTO login_address_throttle AS a (address_key, window_started_at, failures)
    VALUES ($5, $2, 1)
    ON CONFLICT (address_key) DO UPDATE
       SET window_started_at = CASE WHEN ${EXPIRED('a')} THEN $2 ELSE a.window_started_at END,
           failures = CASE WHEN ${EXPIRED('a')} THEN 1 ELSE a.failures + 1 END
     WHERE ${EXPIRED('a')} OR a.failures < $6
    RETURNING a.window_started_at),
  reserved AS (${reserveAccount('FROM counted')}),
  swept AS (
    DELETE FROM login_address_throttle WHERE address_key IN (
      SELECT s.address_key FROM login_address_throttle s
       WHERE ${EXPIRED('s')} AND s.address_key <> $5
       ORDER BY s.window_started_at LIMIT $8 FOR UPDATE SKIP LOCKED))
  SELECT c.window_started_at AS address_window,
         (SELECT b.window_started_at FROM login_address_throttle b WHERE b.address_key = $5)
           AS blocked_window,
         r.consecutive_failures, r.locked_until, o.id AS officer_id, o.agency_id
    FROM (SELECT 1) AS one
    LEFT JOIN counted c ON true
    LEFT JOIN reserved r ON true
    LEFT JOIN officer o ON o.username = r.username`;

/** Expired address rows each attempt deletes: more than it can add, so the table stays bounded. */
const SWEEP_BATCH = 2;

interface AccountRow {
  consecutive_failures: number | null;
  locked_until: Date | null;
  officer_id: string | null;
  agency_id: string | null;
}

interface ReservedRow extends AccountRow {
  address_window: Date | null;
  blocked_window: Date | null;
}

/** This attempt locked the account: what its audit row says (never the password). */
export interface NewLockout {
  username: string;
  failures: number;
  lockedUntil: Date;
  /** null when the username names no account (locked all the same: no enumeration). */
  officerId: string | null;
  agencyId: string | null;
}

export interface AttemptReservation {
  /** 0, or the seconds the client address stays blocked (nothing was then counted). */
  secondsAddressBlocked: number;
  /** 0, or the seconds the account stays locked (this attempt was then not counted on it). */
  secondsLocked: number;
  /** Set when this very attempt reached the limit and locked the account. */
  lockout: NewLockout | null;
  /** The address window this attempt was counted in (handed back to `clear` on success). */
  addressWindow: Date | null;
}

/** Who the attempt was: the username as typed (normalised) and the client address. */
export interface AttemptKey {
  username: string;
  /** Fastify's request.ip; only its keyed hash (ClientAddressKey) reaches the database. */
  clientIp: string;
}

@Injectable()
export class LoginThrottleRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly addressKey: ClientAddressKey,
  ) {}

  /** Counts this attempt in the caller's transaction (where the lockout's audit row goes too). */
  async reserveAttempt(
    manager: EntityManager,
    key: AttemptKey,
    now: Date,
  ): Promise<AttemptReservation> {
    const rows = await manager.query<ReservedRow[]>(RESERVE_SQL, [
      key.username,
      now,
      MAX_CONSECUTIVE_FAILURES,
      LOCK_SECONDS,
      this.addressKey.of(key.clientIp),
      MAX_FAILURES_PER_ADDRESS,
      ADDRESS_WINDOW_SECONDS,
      SWEEP_BATCH,
    ]);
    const row = rows[0]!;
    const addressWindow = row.address_window;
    if (!addressWindow) {
      return { ...addressBlocked(row.blocked_window, now), lockout: null, addressWindow };
    }
    const account = row.consecutive_failures === null ? await this.locked(manager, key, now) : row;
    return typeof account === 'number'
      ? { secondsAddressBlocked: 0, secondsLocked: account, lockout: null, addressWindow }
      : {
          secondsAddressBlocked: 0,
          secondsLocked: 0,
          lockout: lockoutOf(key.username, account),
          addressWindow,
        };
  }

  /** A success: clears the username's counter, and takes this attempt's count off the address. */
  async clear(key: AttemptKey, addressWindow: Date | null): Promise<void> {
    await this.dataSource.query(
      `WITH cleared AS (DELETE FROM login_throttle WHERE username = $1)
       UPDATE login_address_throttle SET failures = failures - 1
        WHERE address_key = $2 AND window_started_at = $3 AND failures > 0`,
      [key.username, this.addressKey.of(key.clientIp), addressWindow],
    );
  }

  /**
   * The account was locked when the statement ran: the seconds it stays so; or, when the lock was
   * lifted meanwhile (an admin reset the password), this attempt counted afresh on the username
   * alone (the address has counted it already).
   */
  private async locked(
    manager: EntityManager,
    key: AttemptKey,
    now: Date,
  ): Promise<number | AccountRow> {
    for (let attempt = 0; ; attempt++) {
      const lock = await manager.query<LockRow[]>(
        'SELECT locked_until FROM login_throttle WHERE username = $1',
        [key.username],
      );
      const until = lock[0]?.locked_until?.getTime();
      if (until !== undefined) return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
      if (attempt > 0) return 0;
      const reserved = await manager.query<AccountRow[]>(ACCOUNT_SQL, [
        key.username,
        now,
        MAX_CONSECUTIVE_FAILURES,
        LOCK_SECONDS,
      ]);
      if (reserved[0]) return reserved[0];
    }
  }
}

function addressBlocked(window: Date | null, now: Date) {
  const state = window && { windowStartedAt: window, failures: MAX_FAILURES_PER_ADDRESS };
  // the window as the statement found it; at least 1 s if it was reset in between
  return {
    secondsAddressBlocked: Math.max(1, secondsAddressBlocked(state, now)),
    secondsLocked: 0,
  };
}

function lockoutOf(username: string, row: AccountRow): NewLockout | null {
  if (!row.locked_until || row.consecutive_failures === null) return null;
  return {
    username,
    failures: row.consecutive_failures,
    lockedUntil: row.locked_until,
    officerId: row.officer_id,
    agencyId: row.agency_id,
  };
}
