import type { FixedClock } from '../common/time/clock';
import { AppError } from '../common/errors/app-error';

// Drives the scenario day by day for each unit: a unit's tasks of one day run at 17:00 in Hà Nội
// that day (the clock's instant for those calls only), on a shared pool of workers; a task may
// schedule follow-ups on its unit's later days. Units do not wait for each other: their records,
// books and officers are their own, so one unit's day need not end before another's next starts.

/** The code and fields of a domain error, so that a failed step says what the service refused. */
export function describeError(error: unknown): string {
  if (error instanceof AppError) {
    const fields = error.errors.map((e) => `${e.field}: ${e.code}`).join(', ');
    return `${error.code} (${error.message}) ${fields}`;
  }
  const detail = (error as { detail?: unknown }).detail;
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return typeof detail === 'string' ? `${message}\n${detail}` : message;
}

export type DemoTask = () => Promise<void>;

const PROGRESS_EVERY = 250;

/** The earliest of the days (YYYY-MM-DD keys), or undefined when there are none. */
function firstDay(days: Map<string, unknown>): string | undefined {
  let first: string | undefined;
  for (const day of days.keys()) if (first === undefined || day < first) first = day;
  return first;
}

/** One unit's schedule: its days to come, and the day in progress. */
interface UnitDays {
  days: Map<string, DemoTask[]>;
  current: string;
  /** Tasks of the current day not yet finished (queued or running). */
  open: number;
}

interface Ready {
  unit: number;
  day: string;
  task: DemoTask;
}

export class DemoTimeline {
  private readonly units = new Map<number, UnitDays>();
  /** Tasks whose day has come for their unit, earliest day first when taken. */
  private readonly ready: Ready[] = [];
  done = 0;
  scheduled = 0;

  constructor(
    private readonly clock: FixedClock,
    private readonly workers: number,
    /** Every PROGRESS_EVERY tasks: the earliest day still in progress or to come. */
    private readonly onProgress: (day: string) => void,
  ) {}

  at(unit: number, day: string, task: DemoTask): void {
    const u = this.units.get(unit) ?? { days: new Map<string, DemoTask[]>(), current: '', open: 0 };
    this.units.set(unit, u);
    if (day <= u.current) {
      throw new Error(`scenario: task of unit ${unit} for ${day} scheduled on ${u.current}`);
    }
    const list = u.days.get(day) ?? [];
    list.push(task);
    u.days.set(day, list);
    this.scheduled += 1;
  }

  /**
   * Every task, `workers` at a time, the earliest day first. A unit's next day starts once all of
   * its tasks of the day before have ended. The services' locks are taken in one order on every
   * path (case row, then the case, petition and visit books; cases.repository.ts), so concurrent
   * tasks cannot deadlock. The first failure ends the run.
   */
  run(): Promise<void> {
    for (const unit of this.units.keys()) this.advance(unit);
    return new Promise((resolve, reject) => {
      let running = 0;
      let failed = false;
      const pump = () => {
        while (!failed && running < this.workers && this.ready.length > 0) {
          const next = this.takeEarliest();
          running += 1;
          this.runOne(next).then(
            () => {
              running -= 1;
              this.finished(next.unit);
              pump();
            },
            (error: unknown) => {
              failed = true;
              reject(error instanceof Error ? error : new Error(String(error)));
            },
          );
        }
        if (!failed && running === 0 && this.ready.length === 0) resolve();
      };
      pump();
    });
  }

  private takeEarliest(): Ready {
    let best = 0;
    for (let i = 1; i < this.ready.length; i += 1) {
      if (this.ready[i]!.day < this.ready[best]!.day) best = i;
    }
    return this.ready.splice(best, 1)[0]!;
  }

  /** The unit's next day with tasks becomes its current one; its tasks become ready. */
  private advance(unit: number): void {
    const u = this.units.get(unit)!;
    if (u.days.size === 0) return;
    const day = firstDay(u.days)!;
    const tasks = u.days.get(day)!;
    u.days.delete(day);
    u.current = day;
    u.open = tasks.length;
    for (const task of tasks) this.ready.push({ unit, day, task });
  }

  private finished(unit: number): void {
    const u = this.units.get(unit)!;
    u.open -= 1;
    if (u.open === 0) this.advance(unit);
    if (this.done % PROGRESS_EVERY === 0) this.onProgress(this.earliestDay());
  }

  /** The earliest day still in progress, or to come, for any unit. */
  private earliestDay(): string {
    let earliest = '9999-12-31';
    for (const u of this.units.values()) {
      const day = u.open > 0 ? u.current : firstDay(u.days);
      if (day !== undefined && day < earliest) earliest = day;
    }
    return earliest;
  }

  private async runOne({ day, task }: Ready): Promise<void> {
    try {
      await this.clock.at(new Date(`${day}T10:00:00Z`), task);
    } catch (error) {
      throw new Error(`${day}: ${describeError(error)}`, { cause: error });
    }
    this.done += 1;
  }
}
