import { Body, Controller, Module, Post } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DataSource } from 'typeorm';

import { AuditModule } from '../../src/audit/audit.module';
import { AuditService } from '../../src/audit/audit.service';
import { RequirePermission } from '../../src/auth/auth.decorators';
import { Permission } from '../../src/auth/permission';
import { AppError } from '../../src/common/errors/app-error';
import { runInTransaction } from '../../src/database/transaction';

export const PROBE_TABLE_SQL =
  'CREATE TABLE idem_probe (id serial PRIMARY KEY, name text NOT NULL)';

class ProbeWriteDto {
  @IsString() @MaxLength(100) name!: string;
  @IsOptional() @IsInt() @Min(0) @Max(1000) delayMs?: number;
}

/**
 * A test-only write route: one row in idem_probe and one audit row, through runInTransaction
 * (which joins the Idempotency-Key transaction). `failNext` makes the next call fail after that
 * inner transaction returned, to show the whole request rolls back.
 */
@Controller('__idem')
export class IdempotencyProbeController {
  static failNext: 'conflict' | 'crash' | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Post('items')
  @RequirePermission(Permission.AuthSelf)
  async create(@Body() body: ProbeWriteDto) {
    const id = await runInTransaction(this.dataSource, async (manager) => {
      const rows = await manager.query<{ id: number }[]>(
        'INSERT INTO idem_probe (name) VALUES ($1) RETURNING id',
        [body.name],
      );
      if (body.delayMs) await manager.query('SELECT pg_sleep($1)', [body.delayMs / 1000]);
      const created = rows[0]?.id ?? 0;
      await this.audit.record(manager, {
        actorId: null,
        action: 'probe.create',
        entityType: 'probe',
        entityId: String(created),
      });
      return created;
    });
    const fail = IdempotencyProbeController.failNext;
    IdempotencyProbeController.failNext = null;
    if (fail === 'conflict') throw new AppError(409, 'PROBE_CONFLICT', 'Xung đột thử nghiệm');
    if (fail === 'crash') throw new Error('probe crashed after writing');
    return { id, name: body.name, at: new Date(0) };
  }
}

@Module({
  imports: [AuditModule],
  controllers: [IdempotencyProbeController],
})
export class IdempotencyProbeModule {}
