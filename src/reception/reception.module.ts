import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AgenciesModule } from '../agencies/agencies.module';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { LegalModule } from '../legal/legal.module';
import { PersonsModule } from '../persons/persons.module';
import { PetitionsModule } from '../petitions/petitions.module';
import { ReportsModule } from '../reports';
import { CaseCandidatesService } from './case-candidates.service';
import { DocumentIssuerService } from './document-issuer.service';
import { ReceptionBookService } from './reception-book.service';
import { ReceptionDocumentsController } from './reception-documents.controller';
import { ReceptionDocumentsService } from './reception-documents.service';
import { ReceptionCaseCandidatesController } from './reception-case-candidates.controller';
import { IntakeBatchWriter } from './intake-batch.writer';
import { IntakeImportService } from './intake-import.service';
import { ReceptionScopeService } from './reception-scope.service';
import { ReceptionSessionEntity } from './reception-session.entity';
import { ReceptionSessionsController } from './reception-sessions.controller';
import { ReceptionSessionsRepository } from './reception-sessions.repository';
import { ReceptionSessionsService } from './reception-sessions.service';
import { ReceptionVisitDocumentEntity } from './reception-visit-document.entity';
import { ReceptionVisitPersonEntity } from './reception-visit-person.entity';
import { ReceptionVisitEntity } from './reception-visit.entity';
import { ReceptionVisitsController } from './reception-visits.controller';
import { SessionComplianceService } from './session-compliance.service';
import { VisitImportWriter } from './visit-import.writer';
import { VisitIntakeService } from './visit-intake.service';
import { VisitQueryService } from './visit-query.service';
import { VisitVisitorsService } from './visit-visitors.service';
import { VisitWriter } from './visit-writer.service';
import { VisitsRepository } from './visits.repository';

/**
 * The citizen reception desk (tiếp công dân, DOMAIN.md §2): visits, delegations, refusals, head
 * reception sessions, documents and the reception book. Uses persons (identity vault), cases and
 * legal (DESIGN.md §3), and petitions for the petition a visit hands over.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ReceptionVisitEntity,
      ReceptionVisitPersonEntity,
      ReceptionVisitDocumentEntity,
      ReceptionSessionEntity,
    ]),
    AuditModule,
    AgenciesModule,
    CasesModule,
    LegalModule,
    PersonsModule,
    PetitionsModule,
    ReportsModule,
  ],
  controllers: [
    ReceptionVisitsController,
    ReceptionCaseCandidatesController,
    ReceptionSessionsController,
    ReceptionDocumentsController,
  ],
  providers: [
    ReceptionScopeService,
    VisitsRepository,
    ReceptionSessionsRepository,
    VisitVisitorsService,
    VisitWriter,
    VisitIntakeService,
    VisitImportWriter,
    IntakeBatchWriter,
    IntakeImportService,
    VisitQueryService,
    CaseCandidatesService,
    ReceptionSessionsService,
    SessionComplianceService,
    DocumentIssuerService,
    ReceptionDocumentsService,
    ReceptionBookService,
  ],
})
export class ReceptionModule {}
