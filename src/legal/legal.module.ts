import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit/audit.module';
import { CalendarDayEntity } from './calendar-day.entity';
import { CalendarDaysRepository } from './calendar-days.repository';
import { CalendarEditService } from './calendar-edit.service';
import { CalendarService } from './calendar.service';
import { DeadlinePreviewService } from './deadline-preview.service';
import { DeadlineRecalculationRegistry } from './deadline-recalculation.registry';
import { DeadlineService } from './deadline.service';
import { LegalCalendarController } from './legal-calendar.controller';
import { LegalDeadlinesController } from './legal-deadlines.controller';
import { LegalRuleEntity } from './legal-rule.entity';
import { LegalRuleVersionsService } from './legal-rule-versions.service';
import { LegalRulesController } from './legal-rules.controller';
import { LegalRulesRepository } from './legal-rules.repository';
import { LegalRulesService } from './legal-rules.service';

/**
 * Legal rules as data, the working calendar and the explained deadline engine (DESIGN §4).
 * Other modules use DeadlineService for due dates, LegalRulesService for rule versions and
 * DeadlineRecalculationRegistry to keep their open proceedings in step with calendar edits.
 */
@Module({
  imports: [TypeOrmModule.forFeature([LegalRuleEntity, CalendarDayEntity]), AuditModule],
  controllers: [LegalDeadlinesController, LegalRulesController, LegalCalendarController],
  providers: [
    LegalRulesRepository,
    CalendarDaysRepository,
    LegalRulesService,
    LegalRuleVersionsService,
    CalendarService,
    CalendarEditService,
    DeadlineService,
    DeadlinePreviewService,
    DeadlineRecalculationRegistry,
  ],
  exports: [DeadlineService, LegalRulesService, CalendarService, DeadlineRecalculationRegistry],
})
export class LegalModule {}
