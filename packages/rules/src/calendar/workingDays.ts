/**
 * The working-day calendar (catalogue §2.2, A-35). For each year, in this order:
 *   1. the override table (`HOLIDAY_OVERRIDES` in holidayOverrides.ts, plus any table given to `createCalendar`):
 *      a year present there is official and its entry is the whole schedule of the year;
 *   2. `chinese-days` (official schedules 2004 … 2026 at v1.5.7, make-up working days included);
 *   3. otherwise the statutory fallback: weekends + the 13 statutory holiday days of 《全国年节及纪念日放假办法》,
 *      no make-up days; every `addWorkingDays` result that looked at such a year is `provisional`.
 * Each year is computed once per calendar (lazily) into a Set of non-working days, an ordered list of working days
 * and a running count, so `isWorkingDay` is one Set lookup and `addWorkingDays` jumps by index.
 */
import type { IsoDate } from '../values.js';
import type { CalendarDate, HolidayOverrides, WorkingDayCalendar, YearSchedule } from './types.js';
import { format } from './dates.js';
import { HOLIDAY_OVERRIDES } from './holidayOverrides.js';
import { chineseDaysEntries, chineseDaysHasYear } from './chineseDaysData.js';
import { statutoryHolidays } from './statutory.js';

export type { HolidayOverrides, YearSchedule } from './types.js';

interface YearData {
  year: number;
  official: boolean;
  /** Non-working days of the year (weekends not made up, holidays). */
  nonWorking: Set<IsoDate>;
  /** Working days of the year in date order. */
  working: IsoDate[];
  /** rank[i] = number of working days on or before day-of-year i (0-based). */
  rank: Uint16Array;
}

const CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Parses and validates a `YYYY-MM-DD` date. */
function parseIso(date: IsoDate): [number, number, number] {
  if (typeof date !== 'string' || !ISO.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${String(date)}`);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > MONTH_DAYS[m - 1] + (m === 2 && isLeap(y) ? 1 : 0)) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  return [y, m, d];
}

const dayOfYear = (y: number, m: number, d: number): number =>
  CUMULATIVE[m - 1] + (m > 2 && isLeap(y) ? 1 : 0) + d - 1;

/** Year of a `YYYY-MM-DD` string without allocating. */
const yearOfFast = (date: IsoDate): number =>
  (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);

function validateOverrides(overrides: HolidayOverrides): void {
  for (const [key, schedule] of Object.entries(overrides)) {
    const year = Number(key);
    if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`holiday override: bad year ${key}`);
    if (!schedule || !Array.isArray(schedule.holidays) || !Array.isArray(schedule.workdays)) {
      throw new TypeError(`holiday override ${key}: expected { holidays: IsoDate[], workdays: IsoDate[] }`);
    }
    const holidays = new Set<IsoDate>();
    for (const d of schedule.holidays) {
      parseIso(d);
      if (Math.abs(yearOfFast(d) - year) > 1) throw new RangeError(`holiday override ${key}: ${d} is not in or next to ${key}`);
      holidays.add(d);
    }
    for (const d of schedule.workdays) {
      parseIso(d);
      if (Math.abs(yearOfFast(d) - year) > 1) throw new RangeError(`holiday override ${key}: ${d} is not in or next to ${key}`);
      if (holidays.has(d)) throw new RangeError(`holiday override ${key}: ${d} is both a holiday and a working day`);
    }
  }
}

/**
 * A working-day calendar. `overrides` are official schedules for years `chinese-days` lacks (or corrections); they
 * are laid over the module table `HOLIDAY_OVERRIDES` (an entry here wins for its year).
 */
export function createCalendar(overrides?: HolidayOverrides): WorkingDayCalendar {
  const table: HolidayOverrides = Object.freeze({ ...HOLIDAY_OVERRIDES, ...(overrides ?? {}) });
  validateOverrides(table);

  // Override days filed under the year of the date itself (an entry may reach into an adjacent year).
  const overrideHolidays = new Map<number, IsoDate[]>();
  const overrideWorkdays = new Map<number, IsoDate[]>();
  const file = (map: Map<number, IsoDate[]>, d: IsoDate) => {
    const y = yearOfFast(d);
    const list = map.get(y);
    if (list) list.push(d);
    else map.set(y, [d]);
  };
  for (const schedule of Object.values(table) as YearSchedule[]) {
    schedule.holidays.forEach((d) => file(overrideHolidays, d));
    schedule.workdays.forEach((d) => file(overrideWorkdays, d));
  }

  const official = (year: number): boolean => Object.prototype.hasOwnProperty.call(table, year) || chineseDaysHasYear(year);

  const cache = new Map<number, YearData>();
  let last: YearData | undefined;

  function build(year: number): YearData {
    if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a calendar year: ${year}`);
    const isOfficial = official(year);
    const off = new Set<IsoDate>();
    const on = new Set<IsoDate>();
    if (Object.prototype.hasOwnProperty.call(table, year)) {
      // the override entry is the whole schedule: nothing from chinese-days for this year
    } else if (isOfficial) {
      const cd = chineseDaysEntries(year)!;
      cd.holidays.forEach((d) => off.add(d));
      cd.workdays.forEach((d) => on.add(d));
    } else {
      // Statutory fallback; a stray day another source files under this year (e.g. a December day of the next
      // year's 元旦 block) is still applied below.
      statutoryHolidays(year).forEach((h) => off.add(h.date));
      chineseDaysEntries(year)?.holidays.forEach((d) => off.add(d));
      chineseDaysEntries(year)?.workdays.forEach((d) => on.add(d));
    }
    overrideHolidays.get(year)?.forEach((d) => {
      off.add(d);
      on.delete(d);
    });
    overrideWorkdays.get(year)?.forEach((d) => {
      on.add(d);
      off.delete(d);
    });

    const length = isLeap(year) ? 366 : 365;
    const nonWorking = new Set<IsoDate>();
    const working: IsoDate[] = [];
    const rank = new Uint16Array(length);
    let dow = new Date(Date.UTC(year, 0, 1)).getUTCDay(); // 0 = Sunday
    let i = 0;
    for (let m = 1; m <= 12; m++) {
      const dim = MONTH_DAYS[m - 1] + (m === 2 && isLeap(year) ? 1 : 0);
      for (let d = 1; d <= dim; d++, i++, dow = (dow + 1) % 7) {
        const date = format(year, m, d);
        const weekend = dow === 0 || dow === 6;
        const works = on.has(date) || (!weekend && !off.has(date));
        if (works) working.push(date);
        else nonWorking.add(date);
        rank[i] = working.length;
      }
    }
    return { year, official: isOfficial, nonWorking, working, rank };
  }

  function yearData(year: number): YearData {
    if (last !== undefined && last.year === year) return last;
    let data = cache.get(year);
    if (!data) cache.set(year, (data = build(year)));
    return (last = data);
  }

  function addWorkingDays(date: IsoDate, n: number): CalendarDate {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer (got ${n})`);
    const [y, m, d] = parseIso(date);
    let yd = yearData(y);
    const i = dayOfYear(y, m, d);
    const before = i > 0 ? yd.rank[i - 1] : 0; // working days strictly before `date` in its year
    const works = yd.rank[i] !== before;

    let provisional: boolean;
    let target: number; // 1-based position in yd.working
    if (n >= 0) {
      if (n === 0) {
        // `date` itself is looked at: its year's schedule decides
        if (works) return { date, provisional: !yd.official };
        provisional = !yd.official;
        target = yd.rank[i] + 1;
      } else {
        // the days looked at are date+1 …: `date`'s year matters unless `date` is its last day
        provisional = i < yd.rank.length - 1 ? !yd.official : false;
        target = yd.rank[i] + n;
      }
      while (target > yd.working.length) {
        target -= yd.working.length;
        yd = yearData(yd.year + 1);
        if (!yd.official) provisional = true;
      }
    } else {
      target = before + n + 1;
      provisional = i > 0 ? !yd.official : false;
      while (target < 1) {
        yd = yearData(yd.year - 1);
        target += yd.working.length;
        if (!yd.official) provisional = true;
      }
    }
    return { date: yd.working[target - 1], provisional };
  }

  return {
    isWorkingDay(date: IsoDate): boolean {
      if (date.length !== 10) parseIso(date); // throws; full validation happens when a year is first built
      return !yearData(yearOfFast(date)).nonWorking.has(date);
    },
    hasOfficialSchedule: official,
    addWorkingDays,
  };
}

/** The national calendar: `chinese-days` behind `HOLIDAY_OVERRIDES`, statutory fallback otherwise. */
export const chinaCalendar: WorkingDayCalendar = createCalendar();
