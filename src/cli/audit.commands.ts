import type { Command } from 'commander';

import { AuditVerifier } from '../audit/audit-verifier';
import { AuditRepository } from '../audit/audit.repository';
import { print } from './cli-context';
import { withDataSource } from './data-source-context';

export function registerAuditCommands(program: Command): void {
  program
    .command('audit:verify')
    .description('Kiểm tra chuỗi băm của nhật ký kiểm toán; mã thoát 1 nếu bị sửa, xóa, chèn')
    .action(() =>
      withDataSource(async (dataSource, config) => {
        const verifier = new AuditVerifier(new AuditRepository(dataSource), config);
        const result = await verifier.verify();
        if (result.ok) {
          print(`ok, ${result.rows} rows, head ${result.headHash}`);
          return;
        }
        print(
          `BROKEN at seq ${result.firstBrokenSeq}: ${result.reason} ` +
            `(${result.rows} rows before it are intact)`,
        );
        process.exitCode = 1;
      }),
    );
}
