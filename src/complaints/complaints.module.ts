import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AgenciesModule } from '../agencies/agencies.module';
import { CasesModule } from '../cases/cases.module';
import { EnforcementModule } from '../enforcement/enforcement.module';
import { ReportsModule } from '../reports';
import { ResolutionsModule } from '../resolutions/resolutions.module';
import { ComplaintAcceptanceService } from './complaint-acceptance.service';
import { ComplaintChecklistService } from './complaint-checklist.service';
import { ComplaintClosureService } from './complaint-closure.service';
import { ComplaintDeadlineRecalculation } from './complaint-deadline-recalculation.service';
import { ComplaintDeadlinesService } from './complaint-deadlines.service';
import { ComplaintDecisionService } from './complaint-decision.service';
import { ComplaintDialogueEntity } from './complaint-dialogue.entity';
import { ComplaintDocumentsService } from './complaint-documents.service';
import { ComplaintDroppedChallengeEntity } from './complaint-dropped-challenge.entity';
import { ComplaintFinalityService } from './complaint-finality.service';
import { ComplaintPrecedentsRepository } from './complaint-precedents.repository';
import { ComplaintLifecycleService } from './complaint-lifecycle.service';
import { ComplaintQueryService } from './complaint-query.service';
import { ComplaintResolutionEntity } from './complaint-resolution.entity';
import { ComplaintStepsService } from './complaint-steps.service';
import { ComplaintSuspensionEntity } from './complaint-suspension.entity';
import { ComplaintVerificationRecordEntity } from './complaint-verification-record.entity';
import { ComplaintVerificationService } from './complaint-verification.service';
import { ComplaintWorkController } from './complaint-work.controller';
import { ComplaintsController } from './complaints.controller';
import { ComplaintsRepository } from './complaints.repository';

/** Complaint resolution proceedings, round 1 and 2 (DESIGN §2, §3; DOMAIN §4). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ComplaintResolutionEntity,
      ComplaintSuspensionEntity,
      ComplaintVerificationRecordEntity,
      ComplaintDialogueEntity,
      ComplaintDroppedChallengeEntity,
    ]),
    AgenciesModule,
    ResolutionsModule,
    ReportsModule,
    CasesModule,
    EnforcementModule,
  ],
  controllers: [ComplaintsController, ComplaintWorkController],
  providers: [
    ComplaintsRepository,
    ComplaintPrecedentsRepository,
    ComplaintQueryService,
    ComplaintStepsService,
    ComplaintDeadlinesService,
    ComplaintDeadlineRecalculation,
    ComplaintChecklistService,
    ComplaintAcceptanceService,
    ComplaintLifecycleService,
    ComplaintClosureService,
    ComplaintVerificationService,
    ComplaintDecisionService,
    ComplaintFinalityService,
    ComplaintDocumentsService,
  ],
})
export class ComplaintsModule {}
