import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

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
const RESERVE_SQL = `
  INSERT INTO login_throttle AS t (username, consecutive_failures, last_failure_at, locked_until)
  VALUES ($1, 1, $2, CASE WHEN 1 >= $3 THEN $2::timestamptz + make_interval(secs => $4) END)
  ON CONFLICT (username) DO UPDATE
     SET consecutive_failures = ${FAILURES},
         last_failure_at = $2,
         locked_until = CASE WHEN ${FAILURES} >= $3
                             THEN $2::timestamptz + make_interval(secs => $4) END
   WHERE t.locked_until IS NULL OR t.locked_until <= $2
  RETURNING t.username`;

@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts this attempt; returns 0, or the seconds the account stays locked (nothing counted). */
  async reserveAttempt(username: string, now: Date): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      const reserved = await this.dataSource.query<{ username: string }[]>(RESERVE_SQL, [
        username,
        now,
        MAX_CONSECUTIVE_FAILURES,
        LOCK_SECONDS,
      ]);
      if (reserved.length > 0) return 0;
      const lock = await this.dataSource.query<LockRow[]>(
        'SELECT locked_until FROM login_throttle WHERE username = $1',
        [username],
      );
      const until = lock[0]?.locked_until?.getTime();
      if (until !== undefined) return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
      // the lock was lifted meanwhile (an admin reset the password): count this attempt afresh
      if (attempt > 0) return 0;
    }
  }

  async clear(username: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_throttle WHERE username = $1', [username]);
  }
}
