import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { LOCK_SECONDS, MAX_CONSECUTIVE_FAILURES } from './domain/login-throttle';

interface LockRow {
  locked_until: Date | null;
}

/**
 * Failed-login counters keyed by username (existing or not). An attempt is counted as a failure
 * BEFORE the password is hashed, atomically on the row, so parallel guesses cannot get past the
 * limit; a successful login clears the counter. Same rule as domain/login-throttle.ts afterFailure.
 * One upsert: a concurrent successful login that deletes the row between two statements cannot
 * make this attempt look locked (it did, with an INSERT … DO NOTHING then an UPDATE).
 */
const FAILURES = `CASE WHEN t.locked_until IS NOT NULL AND t.locked_until <= $2 THEN 1
                      ELSE t.consecutive_failures + 1 END`;
/**
 * The row is updated only while it is not locked, so a `locked_until` it returns was set by THIS
 * attempt. The officer the username names (if any) is joined for the lockout's audit row: every
 * attempt runs this same statement, whether the account exists or not.
 */
const RESERVE_SQL = `
  WITH reserved AS (
    INSERT INTO login_throttle AS t (username, consecutive_failures, last_failure_at, locked_until)
    VALUES ($1, 1, $2, CASE WHEN 1 >= $3 THEN $2::timestamptz + make_interval(secs => $4) END)
    ON CONFLICT (username) DO UPDATE
       SET consecutive_failures = ${FAILURES},
           last_failure_at = $2,
           locked_until = CASE WHEN ${FAILURES} >= $3
                               THEN $2::timestamptz + make_interval(secs => $4) END
     WHERE t.locked_until IS NULL OR t.locked_until <= $2
    RETURNING t.username, t.consecutive_failures, t.locked_until)
  SELECT r.consecutive_failures, r.locked_until, o.id AS officer_id, o.agency_id
    FROM reserved r LEFT JOIN officer o ON o.username = r.username`;

interface ReservedRow {
  consecutive_failures: number;
  locked_until: Date | null;
  officer_id: string | null;
  agency_id: string | null;
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
  /** 0, or the seconds the account stays locked (this attempt was then not counted). */
  secondsLocked: number;
  /** Set when this very attempt reached the limit and locked the account. */
  lockout: NewLockout | null;
}

@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts this attempt in the caller's transaction (where the lockout's audit row goes too). */
  async reserveAttempt(
    manager: EntityManager,
    username: string,
    now: Date,
  ): Promise<AttemptReservation> {
    for (let attempt = 0; ; attempt++) {
      const reserved = await manager.query<ReservedRow[]>(RESERVE_SQL, [
        username,
        now,
        MAX_CONSECUTIVE_FAILURES,
        LOCK_SECONDS,
      ]);
      const row = reserved[0];
      if (row) return { secondsLocked: 0, lockout: lockoutOf(username, row) };
      const lock = await manager.query<LockRow[]>(
        'SELECT locked_until FROM login_throttle WHERE username = $1',
        [username],
      );
      const until = lock[0]?.locked_until?.getTime();
      if (until !== undefined) {
        return {
          secondsLocked: Math.max(1, Math.ceil((until - now.getTime()) / 1000)),
          lockout: null,
        };
      }
      // the lock was lifted meanwhile (an admin reset the password): count this attempt afresh
      if (attempt > 0) return { secondsLocked: 0, lockout: null };
    }
  }

  async clear(username: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_throttle WHERE username = $1', [username]);
  }
}

function lockoutOf(username: string, row: ReservedRow): NewLockout | null {
  if (!row.locked_until) return null;
  return {
    username,
    failures: row.consecutive_failures,
    lockedUntil: row.locked_until,
    officerId: row.officer_id,
    agencyId: row.agency_id,
  };
}
