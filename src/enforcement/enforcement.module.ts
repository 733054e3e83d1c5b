import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AgenciesModule } from '../agencies/agencies.module';
import { AuditModule } from '../audit/audit.module';
import { DecisionsModule } from '../decisions/decisions.module';
import { DocumentIssuerService } from '../reception/document-issuer.service';
import { ReportsModule } from '../reports';
import { EnforcementDecisionEntity } from './enforcement-decision.entity';
import { EnforcementDocumentsService } from './enforcement-documents.service';
import { EnforcementImportService } from './enforcement-import.service';
import { EnforcementItemEntity } from './enforcement-item.entity';
import { EnforcementProgressEntity } from './enforcement-progress.entity';
import { EnforcementReopeningEntity } from './enforcement-reopening.entity';
import { EnforcementReportsService } from './enforcement-reports.service';
import { EnforcementController } from './enforcement.controller';
import { EnforcementRepository } from './enforcement.repository';
import { EnforcementService } from './enforcement.service';

/** Enforcement of decisions and conclusions (issue 8). Exports openForDecision's service. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      EnforcementDecisionEntity,
      EnforcementItemEntity,
      EnforcementProgressEntity,
      EnforcementReopeningEntity,
    ]),
    AgenciesModule,
    AuditModule,
    DecisionsModule,
    ReportsModule,
  ],
  controllers: [EnforcementController],
  providers: [
    EnforcementRepository,
    EnforcementService,
    EnforcementReportsService,
    EnforcementImportService,
    EnforcementDocumentsService,
    DocumentIssuerService,
  ],
  exports: [EnforcementService],
})
export class EnforcementModule {}
