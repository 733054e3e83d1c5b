import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit/audit.module';
import { AgenciesController } from './agencies.controller';
import { AgenciesService } from './agencies.service';
import { AgencyLifecycleService } from './agency-lifecycle.service';
import { AgencyMergeService } from './agency-merge.service';
import { AgencyScopeService } from './agency-scope.service';
import { AgencySuccessionEntity } from './agency-succession.entity';
import { AgencyEntity } from './agency.entity';
import { AgencyRepository } from './agency.repository';

/** The time-versioned agency tree. Exports reads and record scope, never the repository. */
@Module({
  imports: [TypeOrmModule.forFeature([AgencyEntity, AgencySuccessionEntity]), AuditModule],
  controllers: [AgenciesController],
  providers: [
    AgencyRepository,
    AgenciesService,
    AgencyLifecycleService,
    AgencyMergeService,
    AgencyScopeService,
  ],
  exports: [AgenciesService, AgencyScopeService],
})
export class AgenciesModule {}
