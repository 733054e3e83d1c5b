import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AgenciesModule } from '../../agencies/agencies.module';
import { AuditModule } from '../../audit/audit.module';
import { StatisticsModule } from '../statistics.module';
import { OversightReportController } from './oversight-report.controller';
import { OversightReportRepository } from './oversight-report.repository';
import { OversightReportService } from './oversight-report.service';
import { ReportNarrativeEntity } from './report-narrative.entity';
import { ReportNarrativeRepository } from './report-narrative.repository';
import { ReportNarrativeService } from './report-narrative.service';

/**
 * The oversight report (báo cáo for Thành ủy / UBND, DESIGN §6) and the leader's saved narrative.
 * Reads figures through StatisticsModule's SummaryService; writes only report_narrative.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReportNarrativeEntity]),
    StatisticsModule,
    AuditModule,
    AgenciesModule,
  ],
  controllers: [OversightReportController],
  providers: [
    OversightReportService,
    OversightReportRepository,
    ReportNarrativeService,
    ReportNarrativeRepository,
  ],
})
export class OversightModule {}
