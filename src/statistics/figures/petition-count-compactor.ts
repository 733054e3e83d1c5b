import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How often the month counts are folded (each petition write appends a delta row meanwhile). */
export const COMPACT_INTERVAL_MS = 60_000;

/**
 * Folds the delta rows of `petition_month_count` (one per petition write, appended by its
 * trigger: migration CountPetitionsByMonth) into one row per agency and month, so a summary reads
 * ~one row per agency-month. Sums are the same before and after (one statement: the rows it
 * deletes are the rows it adds up), so a read never depends on when this last ran; writers never
 * wait for it (they only append).
 */
@Injectable()
export class PetitionCountCompactor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('PetitionCountCompactor');
  private interval: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.interval = setInterval(() => this.background(), COMPACT_INTERVAL_MS);
    this.interval.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.interval) clearInterval(this.interval);
    this.interval = null;
    await this.running?.catch(() => undefined);
  }

  /** Folds now; the number of delta rows folded. One pass at a time in this process. */
  compactNow(): Promise<number> {
    this.running ??= this.dataSource
      .query<{ n: number }[]>('SELECT compact_petition_month_count() AS n')
      .then((rows) => rows[0]!.n)
      .finally(() => (this.running = null));
    return this.running;
  }

  private background(): void {
    if (!this.dataSource.isInitialized) return;
    this.compactNow().catch((e: unknown) => this.logger.warn(`compaction deferred: ${String(e)}`));
  }
}
