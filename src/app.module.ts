import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AgenciesModule } from './agencies/agencies.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import type { Clock } from './common/time/clock';
import type { AppConfig } from './config/app-config';
import { CoreConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { HealthModule } from './health/health.module';
import { LegalModule } from './legal/legal.module';
import { OfficersModule } from './officers/officers.module';
import { PersonsModule } from './persons/persons.module';
import { PetitionsModule } from './petitions/petitions.module';
import { ReceptionModule } from './reception/reception.module';
import { ScopeModule } from './scope/scope.module';
import { ComplaintsModule } from './complaints/complaints.module';
import { DenunciationsModule } from './denunciations/denunciations.module';
import { EnforcementModule } from './enforcement/enforcement.module';
import { OversightModule } from './statistics/oversight/oversight.module';
import { StatisticsModule } from './statistics/statistics.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  clock?: Clock;
  /** Bulk loaders only (seed:demo): asynchronous commit (data-source-options.ts). */
  asyncCommit?: boolean;
  /** Test-only extra modules (e.g. a probe controller); production passes none. */
  extraModules?: Type[];
}

const FEATURE_MODULES: Type[] = [
  HealthModule,
  AgenciesModule,
  ScopeModule,
  AuditModule,
  AuthModule,
  OfficersModule,
  LegalModule,
  PersonsModule,
  ReceptionModule,
  PetitionsModule,
  ComplaintsModule,
  DenunciationsModule,
  EnforcementModule,
  StatisticsModule,
  OversightModule,
];

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    const { config } = options;
    const database = dataSourceOptions({
      url: options.databaseUrl,
      poolSize: config.dbPoolSize,
      statementTimeoutMs: config.dbStatementTimeoutMs,
      asyncCommit: options.asyncCommit ?? false,
    });
    return {
      module: AppModule,
      imports: [
        CoreConfigModule.register({ config, clock: options.clock }),
        TypeOrmModule.forRoot({ ...database, retryAttempts: 0, logging: false }),
        IdempotencyModule,
        ...FEATURE_MODULES,
        ...(options.extraModules ?? []),
      ],
    };
  }
}
