import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { Clock } from '../common/time/clock';
import { CalendarDaysRepository } from './calendar-days.repository';
import type { CalendarYearResponseDto } from './dto/calendar-year.response.dto';
import { boundedCalendar } from './domain/bounded-calendar';
import { type CalendarDiff, diffCalendarDays } from './domain/calendar-year';
import type { CalendarDay } from './domain/holiday-calendar';
import { type LocalDate, parseLocalDate } from './domain/local-date';
import { buildWorkingCalendar, type WorkingCalendar } from './domain/working-calendar';
import { toCalendarDay, toCalendarDayResponse } from './legal.mapper';

/** The working calendar of whole years, from the calendar_day rows of those years. */
export interface LoadedCalendar {
  calendar: WorkingCalendar;
  from: LocalDate;
  to: LocalDate;
  days: readonly CalendarDay[];
  /** Years of the range without any row (probably not entered yet). */
  emptyYears: number[];
}

/**
 * Edits in this process invalidate at once; the TTL bounds how long another app replica keeps a
 * calendar edited elsewhere (docs/legal.md).
 */
const CACHE_TTL_MS = 5 * 60_000;
const CACHE_MAX_ENTRIES = 64;

export const firstDayOf = (year: number): LocalDate => `${year}-01-01`;
export const lastDayOf = (year: number): LocalDate => `${year}-12-31`;

/** Reads and writes calendar rows; caches built calendars in memory until an edit. */
@Injectable()
export class CalendarService {
  private readonly cache = new Map<string, { loaded: LoadedCalendar; at: number }>();
  private generation = 0;

  constructor(
    private readonly days: CalendarDaysRepository,
    private readonly clock: Clock,
  ) {}

  /** The special days of one year, straight from the database. */
  async getYear(year: number): Promise<CalendarYearResponseDto> {
    const rows = await this.days.listBetween(firstDayOf(year), lastDayOf(year));
    return { year, days: rows.map(toCalendarDay).map(toCalendarDayResponse) };
  }

  /**
   * The calendar of fromYear..toYear. With `manager` (inside a transaction, e.g. a recalculation
   * hook after an edit) it reads through that transaction and bypasses the cache.
   */
  async forYears(
    fromYear: number,
    toYear: number,
    manager?: EntityManager,
  ): Promise<LoadedCalendar> {
    if (manager) return this.load(fromYear, toYear, manager);
    const key = `${fromYear}-${toYear}`;
    const now = this.clock.now().getTime();
    const hit = this.cache.get(key);
    if (hit && now - hit.at < CACHE_TTL_MS) return hit.loaded;
    const generation = this.generation;
    const loaded = await this.load(fromYear, toYear);
    // A load that raced with an edit must not put the old calendar back into the cache.
    if (generation === this.generation) this.remember(key, loaded, now);
    return loaded;
  }

  /**
   * Inside the edit's transaction: serialises edits of `year`, replaces its rows by `days` (only
   * the rows that differ are written) and returns what changed. Call invalidate() after commit.
   */
  async replaceRows(
    manager: EntityManager,
    year: number,
    days: readonly CalendarDay[],
  ): Promise<CalendarDiff> {
    await this.days.lockYear(manager, year);
    const rows = await this.days.listBetween(firstDayOf(year), lastDayOf(year), manager);
    const diff = diffCalendarDays(rows.map(toCalendarDay), days);
    const pick = (dates: readonly LocalDate[]) => days.filter((d) => dates.includes(d.date));
    await this.days.deleteDates(manager, diff.removed);
    await this.days.updateDays(manager, pick(diff.changed));
    await this.days.insertDays(manager, pick(diff.added));
    return diff;
  }

  /** Called after a calendar edit commits. */
  invalidate(): void {
    this.generation += 1;
    this.cache.clear();
  }

  private remember(key: string, loaded: LoadedCalendar, at: number): void {
    if (this.cache.size >= CACHE_MAX_ENTRIES) this.cache.clear();
    this.cache.set(key, { loaded, at });
  }

  private async load(fromYear: number, toYear: number, manager?: EntityManager) {
    const from = firstDayOf(fromYear);
    const to = lastDayOf(toYear);
    const days = (await this.days.listBetween(from, to, manager)).map(toCalendarDay);
    const years = new Set(days.map((d) => parseLocalDate(d.date).year));
    const emptyYears: number[] = [];
    for (let y = fromYear; y <= toYear; y += 1) if (!years.has(y)) emptyYears.push(y);
    const calendar = boundedCalendar(buildWorkingCalendar(days), from, to);
    return { calendar, from, to, days, emptyYears };
  }
}
