import type { Command } from 'commander';

import {
  BENCH_TABLES,
  type BenchDataResult,
  BenchDataRefused,
  generateBenchData,
  todayInHanoi,
} from '../bench-data/generator';
import { formatSeconds } from '../bench-data/progress';
import { benchScale } from '../bench-data/scales';
import { runMigrations } from '../database/migrate';
import { print, withDatabase } from './cli-context';

function integer(name: string, min: number, max: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new Error(`--${name} must be an integer ${min}–${max}`);
    }
    return n;
  };
}

function printSummary(result: BenchDataResult): void {
  print(`Done in ${formatSeconds(result.seconds)} (${result.months} months):`);
  for (const table of BENCH_TABLES) {
    print(`  ${table.padEnd(26)} ${result.counts[table]!.toLocaleString('en-US').padStart(12)}`);
  }
  const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
  print(
    `  ${'total'.padEnd(26)} ${total.toLocaleString('en-US').padStart(12)}  ` +
      `(${Math.round(result.rowsPerSecond).toLocaleString('en-US')} rows/s)`,
  );
}

export function registerBenchDataCommands(program: Command): void {
  program
    .command('bench:data')
    .description(
      'Sinh bộ dữ liệu đo hiệu năng (DESIGN.md §10): tiny | city | nation, theo thứ tự thời gian',
    )
    .requiredOption('--scale <scale>', 'tiny (tests), city (1M đơn), nation (5M đơn)')
    .option('--years <n>', 'số năm dữ liệu, kết thúc ở tháng hiện tại', integer('years', 1, 30))
    .option(
      '--seed <n>',
      'hạt giống (cùng hạt giống, cùng dữ liệu)',
      integer('seed', 0, 1_000_000),
      1,
    )
    .option('--today <date>', 'ngày cuối của dữ liệu (YYYY-MM-DD), mặc định hôm nay')
    .option('--force', 'thêm vào cơ sở dữ liệu đã có hồ sơ', false)
    .option('--verbose', 'in thời gian của từng câu lệnh SQL', false)
    .action(
      (opts: {
        scale: string;
        years?: number;
        seed: number;
        today?: string;
        force: boolean;
        verbose: boolean;
      }) =>
        withDatabase(async (db) => {
          const scale = benchScale(opts.scale);
          const today = opts.today ?? todayInHanoi();
          if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error('--today must be YYYY-MM-DD');
          await runMigrations(db.url);
          try {
            const result = await generateBenchData({
              url: db.url,
              scale,
              years: opts.years ?? scale.years,
              seed: opts.seed,
              today,
              force: opts.force,
              verbose: opts.verbose,
            });
            printSummary(result);
          } catch (error) {
            if (error instanceof BenchDataRefused) {
              process.stderr.write(`Từ chối: ${error.message}\n`);
              process.exitCode = 2;
              return;
            }
            throw error;
          }
        }),
    );
}
