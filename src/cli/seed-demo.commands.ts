import { join } from 'node:path';

import type { Command } from 'commander';
import { DataSource } from 'typeorm';

import { NestFactory } from '@nestjs/core';

import { HANOI_CITY_CODE } from '../agencies/seed/hanoi-agencies';
import { seedAgencyId } from '../agencies/seed/seed-id';
import { AppModule } from '../app.module';
import { logLevelsUpTo } from '../bootstrap';
import { FixedClock } from '../common/time/clock';
import { withLocalSecrets } from '../config/secrets';
import { runMigrations } from '../database/migrate';
import { describeError } from '../demo/demo-timeline';
import type { FigureMismatch } from '../demo/published-check';
import { DemoRefusedError, seedDemo } from '../demo/seed-demo';
import { print, withDatabase } from './cli-context';

interface SeedDemoOptions {
  scenario: string;
  scale: string;
  workers: string;
}

/** `seed:demo --scenario hanoi-2017 [--scale 0.02]`: a synthetic year through the domain services. */
export function registerSeedDemoCommands(program: Command): void {
  program
    .command('seed:demo')
    .description('Nạp dữ liệu trình diễn (Hà Nội 2017) qua các nghiệp vụ của hệ thống')
    .requiredOption('--scenario <name>', 'kịch bản: hanoi-2017')
    .option('--scale <factor>', 'tỷ lệ so với số liệu công bố, (0, 1]', '1')
    .option('--workers <n>', 'số thao tác chạy song song', '8')
    .action((options: SeedDemoOptions) => {
      if (options.scenario !== 'hanoi-2017') {
        throw new Error(`Kịch bản không tồn tại: ${options.scenario} (chỉ có hanoi-2017)`);
      }
      const scale = Number(options.scale);
      const workers = Number(options.workers);
      if (!(scale > 0 && scale <= 1)) throw new Error('--scale phải trong khoảng (0, 1]');
      if (!(Number.isInteger(workers) && workers >= 1 && workers <= 32)) {
        throw new Error('--workers phải là số nguyên từ 1 đến 32');
      }
      return withDatabase(async (db, baseConfig) => {
        await runMigrations(db.url);
        const config = await withLocalSecrets(baseConfig.with({ logLevel: 'warn' }));
        const clock = new FixedClock(new Date());
        const app = await NestFactory.createApplicationContext(
          // ~59,000 small transactions: none waits for its own WAL flush (synchronous_commit=off)
          AppModule.register({ config, databaseUrl: db.url, clock, asyncCommit: true }),
          { logger: logLevelsUpTo(config.logLevel), abortOnError: false },
        );
        let mismatches: FigureMismatch[];
        try {
          const poolBound = Math.max(1, config.dbPoolSize - 2);
          ({ mismatches } = await seedDemo(app, clock, {
            scale,
            workers: Math.min(workers, poolBound),
            cityId: seedAgencyId(HANOI_CITY_CODE),
            dataSource: app.get(DataSource),
            reportDir: join(config.dataDir, 'demo'),
            print,
          }));
        } catch (error) {
          if (error instanceof DemoRefusedError) throw error;
          throw new Error(describeError(error), { cause: error });
        } finally {
          await app.close();
        }
        // after the summary and the mismatch lines: cli.ts prints "Lỗi: …" and exits with 1
        if (mismatches.length > 0) {
          throw new Error(
            `${mismatches.length} chỉ tiêu đã nạp khác số liệu công bố (xem các dòng "Lệch số liệu công bố" ở trên)`,
          );
        }
      });
    });
}
