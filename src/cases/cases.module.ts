import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit/audit.module';
import { CaseImportService } from './case-import.service';
import { CasePersonEntity } from './case-person.entity';
import { CaseEntity } from './case.entity';
import { CaseMergeRepository } from './case-merge.repository';
import { CaseMergeService } from './case-merge.service';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';

/**
 * Cases (vụ việc). Kept small: reception opens and attaches; the petitions issue adds duplicates,
 * similarity search and the timeline. Exports the service, never the repository.
 */
@Module({
  imports: [TypeOrmModule.forFeature([CaseEntity, CasePersonEntity]), AuditModule],
  providers: [
    CasesRepository,
    CasesService,
    CaseImportService,
    CaseMergeRepository,
    CaseMergeService,
  ],
  exports: [CasesService, CaseImportService, CaseMergeService],
})
export class CasesModule {}
