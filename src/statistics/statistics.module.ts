import { Module } from '@nestjs/common';

import { ReportScopeService } from './scope/report-scope.service';

/**
 * Period figures, the official forms and their drill-down (DESIGN.md §5). Reads the other
 * modules' tables in SQL (never the identity tables); writes nothing but saved report texts.
 */
@Module({
  providers: [ReportScopeService],
  exports: [ReportScopeService],
})
export class StatisticsModule {}
