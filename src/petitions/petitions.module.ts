import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AgenciesModule } from '../agencies/agencies.module';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { DecisionsModule } from '../decisions/decisions.module';
import { LegalModule } from '../legal/legal.module';
import { PersonsModule } from '../persons/persons.module';
import { DocumentIssuerService } from '../reception/document-issuer.service';
import { ReportsModule } from '../reports';
import { AttachmentCipher } from './attachments/attachment-cipher';
import { PetitionAttachmentsRepository } from './attachments/petition-attachments.repository';
import { PetitionAttachmentsService } from './attachments/petition-attachments.service';
import { CaseMatchingService } from './case-matching.service';
import { CaseTimelineService } from './case-timeline.service';
import { CasesController } from './cases.controller';
import { PetitionDocumentsService } from './documents/petition-documents.service';
import { PetitionAssignmentService } from './petition-assignment.service';
import { PetitionAttachmentEntity } from './petition-attachment.entity';
import { PetitionAttachmentsController } from './petition-attachments.controller';
import { PetitionDeadlineRecalculation } from './petition-deadline-recalculation.service';
import { PetitionDeadlinesService } from './petition-deadlines.service';
import { PetitionDocumentsController } from './petition-documents.controller';
import { PetitionEventEntity } from './petition-event.entity';
import { PetitionHandlingController } from './petition-handling.controller';
import { PetitionHandlingService } from './petition-handling.service';
import { PetitionImportService } from './petition-import.service';
import { PetitionIntakeService } from './petition-intake.service';
import { PetitionListRepository } from './petition-list.repository';
import { PetitionLocksService } from './petition-locks.service';
import { PetitionQueryService } from './petition-query.service';
import { PetitionRegistrationRepository } from './petition-registration.repository';
import { PetitionRegistrationService } from './petition-registration.service';
import { PetitionRepliesRepository } from './petition-replies.repository';
import { PetitionReplyEntity } from './petition-reply.entity';
import { PetitionScopeService } from './petition-scope.service';
import { PetitionSignatoriesService } from './petition-signatories.service';
import { PetitionSignatoryEntity } from './petition-signatory.entity';
import { PetitionStepBodyEntity } from './petition-step-body.entity';
import { PetitionSplitService } from './petition-split.service';
import { PetitionTransitions } from './petition-transitions.service';
import { PetitionEntity } from './petition.entity';
import { PetitionsController } from './petitions.controller';
import { PetitionsRepository } from './petitions.repository';
import { PetitionsService } from './petitions.service';

/**
 * Petitions (đơn, DOMAIN §3): intake from every source, case matching, handling outcomes and
 * their deadlines, worklists, documents and files. Exports PetitionIntakeService (reception's
 * petitions) and PetitionsService (the resolution modules take accepted petitions through it).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      PetitionEntity,
      PetitionSignatoryEntity,
      PetitionEventEntity,
      PetitionStepBodyEntity,
      PetitionReplyEntity,
      PetitionAttachmentEntity,
    ]),
    AuditModule,
    AgenciesModule,
    CasesModule,
    DecisionsModule,
    LegalModule,
    PersonsModule,
    ReportsModule,
  ],
  controllers: [
    PetitionsController,
    PetitionHandlingController,
    PetitionDocumentsController,
    PetitionAttachmentsController,
    CasesController,
  ],
  providers: [
    PetitionsRepository,
    PetitionListRepository,
    PetitionRegistrationRepository,
    PetitionRepliesRepository,
    PetitionScopeService,
    PetitionDeadlinesService,
    PetitionTransitions,
    PetitionLocksService,
    PetitionSignatoriesService,
    PetitionIntakeService,
    PetitionImportService,
    PetitionRegistrationService,
    PetitionQueryService,
    PetitionHandlingService,
    PetitionSplitService,
    PetitionAssignmentService,
    PetitionDeadlineRecalculation,
    CaseMatchingService,
    CaseTimelineService,
    DocumentIssuerService,
    PetitionDocumentsService,
    AttachmentCipher,
    PetitionAttachmentsRepository,
    PetitionAttachmentsService,
    PetitionsService,
  ],
  exports: [
    PetitionIntakeService,
    PetitionImportService,
    PetitionRegistrationService,
    PetitionsService,
  ],
})
export class PetitionsModule {}
