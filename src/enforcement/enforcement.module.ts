import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AgenciesModule } from '../agencies/agencies.module';
import { AuditModule } from '../audit/audit.module';
import { DecisionsModule } from '../decisions/decisions.module';
import { DocumentIssuerService } from '../reception/document-issuer.service';
import { ReportsModule } from '../reports';
import { EnforcementAttachmentCipher } from './attachments/enforcement-attachment-cipher';
import { EnforcementAttachmentEntity } from './attachments/enforcement-attachment.entity';
import { EnforcementAttachmentsController } from './attachments/enforcement-attachments.controller';
import { EnforcementAttachmentsRepository } from './attachments/enforcement-attachments.repository';
import { EnforcementAttachmentsService } from './attachments/enforcement-attachments.service';
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
      EnforcementAttachmentEntity,
    ]),
    AgenciesModule,
    AuditModule,
    DecisionsModule,
    ReportsModule,
  ],
  controllers: [EnforcementController, EnforcementAttachmentsController],
  providers: [
    EnforcementRepository,
    EnforcementService,
    EnforcementReportsService,
    EnforcementImportService,
    EnforcementDocumentsService,
    DocumentIssuerService,
    EnforcementAttachmentsRepository,
    EnforcementAttachmentsService,
    EnforcementAttachmentCipher,
  ],
  exports: [EnforcementService],
})
export class EnforcementModule {}
