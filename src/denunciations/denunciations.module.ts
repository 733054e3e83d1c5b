import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CasesModule } from '../cases/cases.module';
import { EnforcementModule } from '../enforcement/enforcement.module';
import { ReportsModule } from '../reports';
import { ResolutionsModule } from '../resolutions/resolutions.module';
import { DenunciationAcceptanceService } from './denunciation-acceptance.service';
import { DenunciationClosureService } from './denunciation-closure.service';
import { DenunciationConclusionService } from './denunciation-conclusion.service';
import { DenunciationDeadlineRecalculation } from './denunciation-deadline-recalculation.service';
import { DenunciationDeadlinesService } from './denunciation-deadlines.service';
import { DenunciationDocumentsService } from './denunciation-documents.service';
import { DenunciationExtensionEntity } from './denunciation-extension.entity';
import { DenunciationIntakeService } from './denunciation-intake.service';
import { DenunciationLifecycleService } from './denunciation-lifecycle.service';
import { DenunciationQueryService } from './denunciation-query.service';
import { DenunciationResolutionController } from './denunciation-resolution.controller';
import { DenunciationResolutionEntity } from './denunciation-resolution.entity';
import { DenunciationStepsService } from './denunciation-steps.service';
import { DenunciationSuspensionEntity } from './denunciation-suspension.entity';
import { DenunciationVerificationRecordEntity } from './denunciation-verification-record.entity';
import { DenunciationVerificationService } from './denunciation-verification.service';
import { DenunciationsController } from './denunciations.controller';
import { DenunciationsRepository } from './denunciations.repository';

/** Denunciation resolution proceedings, first and re-resolution (DESIGN §2, §3; DOMAIN §5). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      DenunciationResolutionEntity,
      DenunciationSuspensionEntity,
      DenunciationExtensionEntity,
      DenunciationVerificationRecordEntity,
    ]),
    ResolutionsModule,
    ReportsModule,
    CasesModule,
    EnforcementModule,
  ],
  controllers: [DenunciationsController, DenunciationResolutionController],
  providers: [
    DenunciationsRepository,
    DenunciationQueryService,
    DenunciationStepsService,
    DenunciationDeadlinesService,
    DenunciationDeadlineRecalculation,
    DenunciationIntakeService,
    DenunciationAcceptanceService,
    DenunciationLifecycleService,
    DenunciationClosureService,
    DenunciationVerificationService,
    DenunciationConclusionService,
    DenunciationDocumentsService,
  ],
})
export class DenunciationsModule {}
