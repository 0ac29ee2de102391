import type { IsoDate } from '../values.js';

/** A date computed on a working-day calendar; `provisional` when a year on the way had no official schedule. */
export interface CalendarDate {
  date: IsoDate;
  provisional: boolean;
}

/**
 * Working days under the national holiday calendar with make-up days (调休). Official schedules come from
 * `chinese-days` behind an override table; a year with no official schedule falls back to the statutory holidays
 * of 全国年节及纪念日放假办法 and every result that depended on it is `provisional` (catalogue A-35).
 */
export interface WorkingDayCalendar {
  isWorkingDay(date: IsoDate): boolean;
  /** True when `year` has an official schedule (override table or chinese-days). */
  hasOfficialSchedule(year: number): boolean;
  /** The n-th working day after `date` (the start day itself is not counted). */
  addWorkingDays(date: IsoDate, n: number): CalendarDate;
}

/** One year's official schedule (国务院办公厅 notice): the days off and the weekend make-up working days (调休上班). */
export interface YearSchedule {
  /** Every non-working holiday day, weekends inside a holiday block included (e.g. 2026-10-01 … 2026-10-07). */
  holidays: readonly IsoDate[];
  /** Make-up working days (usually a Saturday or Sunday, e.g. 2026-10-10). */
  workdays: readonly IsoDate[];
}

/**
 * Official schedules keyed by year, consulted in front of `chinese-days`. A year present here is official and its
 * entry is the complete schedule of that year (it replaces what `chinese-days` has for it).
 */
export type HolidayOverrides = Readonly<Record<number, YearSchedule>>;
