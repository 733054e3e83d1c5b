import type { FixedClock } from '../common/time/clock';

// Drives the scenario day by day: the clock is set to 17:00 in Hà Nội on each day, that day's
// tasks run on a small pool, and a task may schedule follow-ups on later days.

import { AppError } from '../common/errors/app-error';

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

export class DemoTimeline {
  private readonly days = new Map<string, DemoTask[]>();
  private current = '';
  done = 0;
  scheduled = 0;

  constructor(
    private readonly clock: FixedClock,
    private readonly workers: number,
    private readonly onDay: (day: string) => void,
  ) {}

  at(day: string, task: DemoTask): void {
    if (day <= this.current) {
      throw new Error(`scenario: task for ${day} scheduled on ${this.current}`);
    }
    const list = this.days.get(day) ?? [];
    list.push(task);
    this.days.set(day, list);
    this.scheduled += 1;
  }

  async run(): Promise<void> {
    while (this.days.size > 0) {
      const day = [...this.days.keys()].sort()[0]!;
      const tasks = this.days.get(day)!;
      this.days.delete(day);
      this.current = day;
      this.clock.set(new Date(`${day}T10:00:00Z`));
      await this.pool(tasks);
      this.onDay(day);
    }
  }

  /**
   * A day's tasks on `workers` concurrent workers, as desks and investigators of many units (or of
   * one unit) work at once. The services' locks are taken in one order on every path (case row,
   * then the case, petition and visit books; cases.repository.ts), so they cannot deadlock.
   */
  private async pool(tasks: DemoTask[]): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < tasks.length) {
        const task = tasks[next]!;
        next += 1;
        await this.runOne(task);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.workers, tasks.length) }, worker));
  }

  private async runOne(task: DemoTask): Promise<void> {
    try {
      await task();
    } catch (error) {
      throw new Error(`${this.current}: ${describeError(error)}`, { cause: error });
    }
    this.done += 1;
  }
}
