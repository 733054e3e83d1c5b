import type { Command } from 'commander';

import { pendingMigrations, revertLastMigration, runMigrations } from '../database/migrate';
import { print, withDatabase } from './cli-context';

export function registerMigrateCommands(program: Command): void {
  program
    .command('migrate')
    .description('Chạy các migration chưa chạy (run pending database migrations)')
    .action(() =>
      withDatabase(async (db) => {
        const { applied } = await runMigrations(db.url);
        print(applied.length ? `Đã chạy: ${applied.join(', ')}` : 'Không có migration mới.');
      }),
    );
  program
    .command('migrate:revert')
    .description('Hoàn tác migration gần nhất (revert the last migration)')
    .action(() =>
      withDatabase(async (db) => {
        await revertLastMigration(db.url);
        print('Đã hoàn tác migration gần nhất.');
      }),
    );
  program
    .command('migrate:status')
    .description('Cho biết còn migration chưa chạy hay không; mã thoát 1 nếu còn')
    .action(() =>
      withDatabase(async (db) => {
        const pending = await pendingMigrations(db.url);
        print(pending ? 'Còn migration chưa chạy.' : 'Cơ sở dữ liệu đã cập nhật.');
        if (pending) process.exitCode = 1;
      }),
    );
}
