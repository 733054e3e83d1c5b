import { type Command, InvalidArgumentError } from 'commander';

import { IdempotencyRepository } from '../common/idempotency/idempotency.repository';
import { SystemClock } from '../common/time/clock';
import { print } from './cli-context';
import { withDataSource } from './data-source-context';

const HOUR_MS = 3_600_000;

function positiveHours(value: string): number {
  const hours = Number(value);
  if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 365) {
    throw new InvalidArgumentError('cần một số nguyên giờ từ 1 đến 8760');
  }
  return hours;
}

export function registerIdempotencyCommands(program: Command): void {
  program
    .command('idempotency:purge')
    .description('Xóa các khóa Idempotency-Key cũ (mặc định: quá 72 giờ)')
    .option(
      '--older-than-hours <hours>',
      'tuổi tối thiểu của khóa bị xóa, tính bằng giờ',
      positiveHours,
      72,
    )
    .action((options: { olderThanHours: number }) =>
      withDataSource(async (dataSource) => {
        const cutoff = new Date(
          new SystemClock().now().getTime() - options.olderThanHours * HOUR_MS,
        );
        const purged = await new IdempotencyRepository(dataSource).purgeCreatedBefore(cutoff);
        print(`Đã xóa ${purged} khóa Idempotency-Key tạo trước ${cutoff.toISOString()}.`);
      }),
    );
}
