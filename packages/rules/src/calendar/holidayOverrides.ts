/**
 * Official holiday schedules that `chinese-days` does not (yet) have, or that correct it. Consulted in front of
 * `chinese-days`; a year present here is official (its deadlines are no longer `provisional`, catalogue A-35) and
 * its entry is that year's COMPLETE schedule: list every day off (weekends inside a holiday block included) and
 * every make-up working day (调休上班) of the year, as published by 国务院办公厅《关于YYYY年部分节假日安排的通知》.
 * A date is filed under its own year, so an entry may also name a day of an adjacent year (e.g. a 元旦 block that
 * starts on 30 December); such a day is applied on top of that year's schedule.
 *
 * Example (shape only — NOT a real schedule):
 *
 *   2027: {
 *     holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-05', … , '2027-10-07'],
 *     workdays: ['2027-02-20', '2027-10-09'],
 *   },
 *
 * Other years can also be supplied at run time: `createCalendar({ 2027: { holidays: […], workdays: […] } })`
 * (entries passed there win over this table).
 */
import type { HolidayOverrides } from './types.js';

export const HOLIDAY_OVERRIDES: HolidayOverrides = Object.freeze({});
