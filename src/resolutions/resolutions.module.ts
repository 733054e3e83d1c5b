import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AgenciesModule } from '../agencies/agencies.module';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { DecisionsModule } from '../decisions/decisions.module';
import { LegalModule } from '../legal/legal.module';
import { OfficersModule } from '../officers/officers.module';
import { PersonsModule } from '../persons/persons.module';
import { PetitionsModule } from '../petitions/petitions.module';
import { DocumentIssuerService } from '../reception/document-issuer.service';
import { ProceedingAccessService } from './proceeding-access.service';
import { ProceedingDocumentsService } from './proceeding-documents.service';
import { ProceedingPersonsService } from './proceeding-persons.service';
import { ResolutionEventEntity } from './resolution-event.entity';
import { ResolutionEventsRepository } from './resolution-events.repository';
import { ResolutionEventsService } from './resolution-events.service';
import { ResolutionWorklistService } from './resolution-worklist.service';
import { ResolutionsController } from './resolutions.controller';
import { RuleSourceService } from './rule-source.service';
import { VerificationAssignmentService } from './verification-assignment.service';
import { WorklistRepository } from './worklist.repository';

/**
 * What complaint and denunciation proceedings share (a departure from DESIGN §3, written down in
 * docs/resolution.md): the event trail, access to assigned proceedings, the rule source of the
 * pure deadline functions, numbered documents, the persons taken over from the petition; and the
 * read side across both — worklists and the case timeline.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ResolutionEventEntity]),
    AuditModule,
    AgenciesModule,
    CasesModule,
    DecisionsModule,
    LegalModule,
    OfficersModule,
    PersonsModule,
    PetitionsModule,
  ],
  controllers: [ResolutionsController],
  providers: [
    ResolutionEventsRepository,
    WorklistRepository,
    ResolutionWorklistService,
    ResolutionEventsService,
    RuleSourceService,
    ProceedingAccessService,
    ProceedingDocumentsService,
    ProceedingPersonsService,
    DocumentIssuerService,
    VerificationAssignmentService,
  ],
  exports: [
    VerificationAssignmentService,
    ResolutionEventsService,
    RuleSourceService,
    ProceedingAccessService,
    ProceedingDocumentsService,
    ProceedingPersonsService,
    DocumentIssuerService,
    DecisionsModule,
    LegalModule,
    PetitionsModule,
  ],
})
export class ResolutionsModule {}
