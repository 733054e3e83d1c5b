import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, type EntityManager, In, type Repository } from 'typeorm';

import type { CalendarDay } from './domain/holiday-calendar';
import type { LocalDate } from './domain/local-date';
import { CalendarDayEntity } from './calendar-day.entity';

/** Arbitrary first key of the advisory lock that serialises edits of one calendar year. */
const CALENDAR_LOCK_KEY = 0x4b4e_5443; // 'KNTC'

/** Every query on calendar_day. */
@Injectable()
export class CalendarDaysRepository {
  constructor(
    @InjectRepository(CalendarDayEntity) private readonly repo: Repository<CalendarDayEntity>,
  ) {}

  /** Rows dated from `from` to `to` inclusive, by date (primary key range scan). */
  listBetween(
    from: LocalDate,
    to: LocalDate,
    manager?: EntityManager,
  ): Promise<CalendarDayEntity[]> {
    return (manager ?? this.repo.manager).find(CalendarDayEntity, {
      where: { date: Between(from, to) },
      order: { date: 'ASC' },
    });
  }

  /** Serialises edits of one year until the transaction ends (rows may not exist yet). */
  async lockYear(manager: EntityManager, year: number): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [CALENDAR_LOCK_KEY, year]);
  }

  async deleteDates(manager: EntityManager, dates: readonly LocalDate[]): Promise<void> {
    if (dates.length > 0) await manager.delete(CalendarDayEntity, { date: In([...dates]) });
  }

  async insertDays(manager: EntityManager, days: readonly CalendarDay[]): Promise<void> {
    if (days.length > 0) await manager.insert(CalendarDayEntity, days.map(toValues));
  }

  async updateDays(manager: EntityManager, days: readonly CalendarDay[]): Promise<void> {
    for (const day of days) {
      const { date, ...values } = toValues(day);
      await manager.update(CalendarDayEntity, { date }, values);
    }
  }
}

function toValues(day: CalendarDay): Pick<CalendarDayEntity, 'date' | 'kind' | 'name' | 'source'> {
  return { date: day.date, kind: day.kind, name: day.name, source: day.source };
}
