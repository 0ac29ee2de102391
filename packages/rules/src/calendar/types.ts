import type { IsoDate } from '../types.js';

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
