import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { ExpiringCache } from '../common/time/expiring-cache';
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
 * Edits in this process invalidate at once; the TTL (real time) bounds how long another app
 * replica keeps a calendar edited elsewhere (docs/legal.md).
 */
const CACHE_TTL_MS = 5 * 60_000;
const CACHE_MAX_ENTRIES = 64;

export const firstDayOf = (year: number): LocalDate => `${year}-01-01`;
export const lastDayOf = (year: number): LocalDate => `${year}-12-31`;

/** Reads and writes calendar rows; caches built calendars in memory until an edit. */
@Injectable()
export class CalendarService {
  private readonly cache = new ExpiringCache<LoadedCalendar>(CACHE_TTL_MS, CACHE_MAX_ENTRIES);
  /** Transactions of calendar edits in progress: they read their own rows, never the cache. */
  private readonly edits = new WeakSet<EntityManager>();

  constructor(private readonly days: CalendarDaysRepository) {}

  /** The special days of one year, straight from the database. */
  async getYear(year: number): Promise<CalendarYearResponseDto> {
    const rows = await this.days.listBetween(firstDayOf(year), lastDayOf(year));
    return { year, days: rows.map(toCalendarDay).map(toCalendarDayResponse) };
  }

  /**
   * The calendar of fromYear..toYear, from the cache. A miss reads through `manager` when given
   * (a request's transaction takes no second pool connection). Inside a calendar edit's
   * transaction (beginEdit()) it reads that transaction's rows and leaves the cache alone.
   */
  async forYears(
    fromYear: number,
    toYear: number,
    manager?: EntityManager,
  ): Promise<LoadedCalendar> {
    if (manager && this.edits.has(manager)) return this.load(fromYear, toYear, manager);
    return this.cache.get(`${fromYear}-${toYear}`, () => this.load(fromYear, toYear, manager));
  }

  /** Marks the edit's transaction: calendars read through it are its own, uncommitted ones. */
  beginEdit(manager: EntityManager): void {
    this.edits.add(manager);
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
    this.cache.clear();
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
