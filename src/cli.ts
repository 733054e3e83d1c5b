import 'reflect-metadata';

import { Command } from 'commander';

import { registerAuditCommands } from './cli/audit.commands';
import { registerBenchDataCommands } from './cli/bench-data.commands';
import { registerIdempotencyCommands } from './cli/idempotency.commands';
import { registerLegalCommands } from './cli/legal.commands';
import { registerMigrateCommands } from './cli/migrate.commands';
import { registerOfficerCommands } from './cli/officer.commands';
import { registerSeedDemoCommands } from './cli/seed-demo.commands';

/** `npm run cli -- <command>`: operator commands. Later modules add theirs here. */
export function buildProgram(): Command {
  const program = new Command('kntc')
    .description('Công cụ quản trị hệ thống KNTC (operator commands)')
    .showHelpAfterError();
  registerMigrateCommands(program);
  registerAuditCommands(program);
  registerIdempotencyCommands(program);
  registerOfficerCommands(program);
  registerLegalCommands(program);
  registerSeedDemoCommands(program);
  registerBenchDataCommands(program);
  return program;
}

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`Lỗi: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
