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

export class FixedClock extends Clock {
  constructor(private instant: Date) {
    super();
  }

  now(): Date {
    return new Date(this.instant.getTime());
  }

  set(instant: Date): void {
    this.instant = instant;
  }
}

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: LEGAL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The local (Asia/Ho_Chi_Minh) calendar date of an instant, YYYY-MM-DD. */
export function localDateOf(instant: Date): string {
  return formatter.format(instant);
}
