import type { Command } from 'commander';

import { AuditSealer } from '../audit/audit-sealer';
import { AuditVerifier } from '../audit/audit-verifier';
import { AuditRepository } from '../audit/audit.repository';
import { SystemClock } from '../common/time/clock';
import { print } from './cli-context';
import { withDataSource } from './data-source-context';

export function registerAuditCommands(program: Command): void {
  program
    .command('audit:verify')
    .description('Kiểm tra chuỗi băm của nhật ký kiểm toán; mã thoát 1 nếu bị sửa, xóa, chèn')
    .action(() =>
      withDataSource(async (dataSource, config) => {
        const repository = new AuditRepository(dataSource);
        const sealer = new AuditSealer(dataSource, repository, config);
        const verifier = new AuditVerifier(repository, config, new SystemClock(), sealer);
        const result = await verifier.verify();
        if (result.ok) {
          const { rows, oldestAgeMs } = result.unsealed;
          const pending = rows > 0 ? `; ${rows} not sealed yet (oldest ${oldestAgeMs} ms)` : '';
          print(`ok, ${result.rows} rows, head ${result.headHash}${pending}`);
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
