import { AsyncLocalStorage } from 'node:async_hooks';

export const LEGAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** "Now" and "today" for the application; tests replace it with a fixed clock. */
export abstract class Clock {
  abstract now(): Date;

  /** Today's local date in Việt Nam (UTC+7), as YYYY-MM-DD. */
  today(): string {
    return localDateOf(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * A clock that stands still at `instant` (`set` moves it). `at` runs work at its own instant: the
 * calls it makes, awaited or not, see that instant, while the rest of the process sees the set
 * one (the demo seed runs several units' days at once, each at its own date).
 */
export class FixedClock extends Clock {
  private readonly scoped = new AsyncLocalStorage<Date>();

  constructor(private instant: Date) {
    super();
  }

  now(): Date {
    return new Date((this.scoped.getStore() ?? this.instant).getTime());
  }

  set(instant: Date): void {
    this.instant = instant;
  }

  at<T>(instant: Date, work: () => T): T {
    return this.scoped.run(instant, work);
  }
}

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: LEGAL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Việt Nam has kept UTC+7, without daylight saving, since 13/6/1975 (IANA tz database). */
const FIXED_OFFSET_SINCE = Date.UTC(1976, 0, 1);
const UTC_PLUS_7 = 7 * 3_600_000;

/**
 * The local (Asia/Ho_Chi_Minh) calendar date of an instant, YYYY-MM-DD: by the fixed offset for
 * every instant since 1976 (the time zone database's answer, without its cost on every request),
 * by the time zone database before.
 */
export function localDateOf(instant: Date): string {
  const t = instant.getTime();
  if (t >= FIXED_OFFSET_SINCE) return new Date(t + UTC_PLUS_7).toISOString().slice(0, 10);
  return formatter.format(instant);
}
