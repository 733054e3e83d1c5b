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
 */
const RESERVE_SQL = `
  WITH next AS (
    SELECT username,
           CASE WHEN locked_until IS NOT NULL AND locked_until <= $2 THEN 1
                ELSE consecutive_failures + 1 END AS failures
      FROM login_throttle WHERE username = $1 FOR UPDATE)
  UPDATE login_throttle t
     SET consecutive_failures = next.failures,
         last_failure_at = $2,
         locked_until = CASE WHEN next.failures >= $3
                             THEN $2::timestamptz + make_interval(secs => $4) END
    FROM next
   WHERE t.username = next.username AND (t.locked_until IS NULL OR t.locked_until <= $2)
  RETURNING t.username`;

@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts this attempt; returns 0, or the seconds the account stays locked (nothing counted). */
  async reserveAttempt(username: string, now: Date): Promise<number> {
    await this.dataSource.query(
      `INSERT INTO login_throttle (username, consecutive_failures, last_failure_at)
       VALUES ($1, 0, $2) ON CONFLICT (username) DO NOTHING`,
      [username, now],
    );
    const reserved: unknown = await this.dataSource.query(RESERVE_SQL, [
      username,
      now,
      MAX_CONSECUTIVE_FAILURES,
      LOCK_SECONDS,
    ]);
    const rows = Array.isArray(reserved) && Array.isArray(reserved[0]) ? reserved[0] : reserved;
    if (Array.isArray(rows) && rows.length > 0) return 0;
    const lock = await this.dataSource.query<LockRow[]>(
      'SELECT locked_until FROM login_throttle WHERE username = $1',
      [username],
    );
    const until = lock[0]?.locked_until?.getTime() ?? now.getTime();
    return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  }

  async clear(username: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_throttle WHERE username = $1', [username]);
  }
}
