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

interface Keyed {
  /** Tasks with the same key (the unit) never run at the same time: see `pool`. */
  key: number;
  task: DemoTask;
}

export class DemoTimeline {
  private readonly days = new Map<string, Keyed[]>();
  private current = '';
  done = 0;
  scheduled = 0;

  constructor(
    private readonly clock: FixedClock,
    private readonly workers: number,
    private readonly onDay: (day: string) => void,
  ) {}

  at(day: string, key: number, task: DemoTask): void {
    if (day <= this.current) {
      throw new Error(`scenario: task for ${day} scheduled on ${this.current}`);
    }
    const list = this.days.get(day) ?? [];
    list.push({ key, task });
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
   * One worker per unit at a time: the services take an agency's book counter (record_counter)
   * and the global audit-chain lock in different orders on different paths, so two writes at the
   * same agency can deadlock (seen: visit + visit). Units share no rows, so they run in parallel.
   */
  private async pool(tasks: Keyed[]): Promise<void> {
    const byUnit = new Map<number, DemoTask[]>();
    for (const t of tasks) byUnit.set(t.key, [...(byUnit.get(t.key) ?? []), t.task]);
    const queues = [...byUnit.values()].sort((a, b) => b.length - a.length);
    let next = 0;
    const worker = async () => {
      while (next < queues.length) {
        const queue = queues[next]!;
        next += 1;
        for (const task of queue) await this.runOne(task);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.workers, queues.length) }, worker));
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
