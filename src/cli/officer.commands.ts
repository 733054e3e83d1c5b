import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Command } from 'commander';
import { DataSource } from 'typeorm';

import { Role } from '../auth/role';
import { flattenValidationErrors } from '../common/errors/validation-error.factory';
import { CreateOfficerDto } from '../officers/dto/create-officer.dto';
import { OfficersService } from '../officers/officers.service';
import { withAppContext } from './app-context';
import { print } from './cli-context';

interface CreateOptions {
  username: string;
  password: string;
  role: string[];
  agency: string;
  fullName?: string;
}

async function agencyIdByCode(dataSource: DataSource, code: string): Promise<string> {
  const rows = await dataSource.query<{ id: string }[]>(
    `SELECT id FROM agency WHERE code = $1 AND (valid_to IS NULL OR valid_to >= CURRENT_DATE)
     ORDER BY valid_from DESC LIMIT 1`,
    [code],
  );
  if (!rows[0]) throw new Error(`Không tìm thấy cơ quan còn hiệu lực có mã ${code}`);
  return rows[0].id;
}

export function registerOfficerCommands(program: Command): void {
  program
    .command('officer:create')
    .description('Tạo tài khoản cán bộ (vd. quản trị viên đầu tiên)')
    .requiredOption('--username <username>', 'tên đăng nhập (chữ thường)')
    .requiredOption('--password <password>', 'mật khẩu (≥ 10 ký tự)')
    .requiredOption('--role <role...>', `vai trò: ${Object.values(Role).join(', ')}`)
    .requiredOption('--agency <code>', 'mã cơ quan, vd. HN hoặc HN-TTTP')
    .option('--full-name <name>', 'họ tên', 'Quản trị hệ thống')
    .action((options: CreateOptions) =>
      withAppContext(async (app) => {
        const agencyId = await agencyIdByCode(app.get(DataSource), options.agency);
        const dto = plainToInstance(CreateOfficerDto, {
          username: options.username.trim().toLowerCase(),
          password: options.password,
          roles: options.role,
          agencyId,
          fullName: options.fullName,
        });
        const errors = flattenValidationErrors(await validate(dto));
        if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('; '));
        const officer = await app
          .get(OfficersService)
          .create({ actor: null, requestId: null }, dto);
        print(
          `Đã tạo cán bộ ${officer.username} (${officer.id}), vai trò ${officer.roles.join(', ')}`,
        );
      }),
    );
}
