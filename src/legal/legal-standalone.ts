import type { DataSource } from 'typeorm';

import type { Clock } from '../common/time/clock';
import { CalendarDayEntity } from './calendar-day.entity';
import { CalendarDaysRepository } from './calendar-days.repository';
import { CalendarService } from './calendar.service';
import { DeadlineService } from './deadline.service';
import { LegalRuleEntity } from './legal-rule.entity';
import { LegalRulesRepository } from './legal-rules.repository';
import { LegalRulesService } from './legal-rules.service';

/** The read side of the legal module without Nest (operator CLI): rules, calendar, deadlines. */
export function createDeadlineService(dataSource: DataSource, clock: Clock): DeadlineService {
  const rules = new LegalRulesService(
    new LegalRulesRepository(dataSource.getRepository(LegalRuleEntity)),
    clock,
  );
  const calendars = new CalendarService(
    new CalendarDaysRepository(dataSource.getRepository(CalendarDayEntity)),
  );
  return new DeadlineService(rules, calendars);
}
