import { type Command, InvalidArgumentError } from 'commander';
import type { DataSource } from 'typeorm';

import { AppError } from '../common/errors/app-error';
import { legalMessagesVi } from '../common/i18n/legal-messages.vi';
import { SystemClock } from '../common/time/clock';
import type { DeadlineRequest } from '../legal/deadline.service';
import { createDeadlineService } from '../legal/legal-standalone';
import { print } from './cli-context';
import { withDataSource } from './data-source-context';
import { deadlineReportLines, errorReportLines } from './legal-deadline-report';

interface DeadlineOptions {
  rule: string;
  start: string;
  complex?: boolean;
  remote?: boolean;
  extensions: number;
}

function parseCount(value: string): number {
  if (!/^\d{1,2}$/.test(value)) throw new InvalidArgumentError('cần một số nguyên không âm');
  return Number(value);
}

const isUndefinedTable = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '42P01';

async function printDeadline(dataSource: DataSource, request: DeadlineRequest): Promise<void> {
  try {
    const computed = await createDeadlineService(dataSource, new SystemClock()).compute(request);
    deadlineReportLines(computed).forEach(print);
  } catch (error) {
    if (!(error instanceof AppError) && !isUndefinedTable(error)) throw error;
    const lines =
      error instanceof AppError ? errorReportLines(error) : [legalMessagesVi.databaseNotMigrated];
    lines.forEach((line) => process.stderr.write(`${line}\n`));
    process.exitCode = 1;
  }
}

export function registerLegalCommands(program: Command): void {
  program
    .command('legal:deadline')
    .description('Tính hạn cuối của một quy tắc thời hạn (D1–D16) và in giải thích')
    .requiredOption('--rule <key>', 'mã quy tắc, ví dụ D5')
    .requiredOption('--start <date>', 'ngày bắt đầu tính YYYY-MM-DD (không tính ngày này)')
    .option('--complex', 'vụ việc phức tạp')
    .option('--remote', 'vùng sâu, vùng xa đi lại khó khăn')
    .option('--extensions <n>', 'số lần gia hạn', parseCount, 0)
    .action((options: DeadlineOptions) =>
      withDataSource((dataSource) =>
        printDeadline(dataSource, {
          ruleKey: options.rule.toUpperCase(),
          start: options.start,
          complex: options.complex ?? false,
          remote: options.remote ?? false,
          extensions: options.extensions,
        }),
      ),
    );
}
