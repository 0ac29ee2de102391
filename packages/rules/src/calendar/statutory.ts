/**
 * The statutory public holidays of 《全国年节及纪念日放假办法》 as in force since 2025-01-01 (国务院令第795号), used for a
 * year with no official schedule (catalogue A-35). 13 days: 元旦 1 (1 Jan); 春节 4 (农历除夕, 正月初一至初三);
 * 清明节 1 (the day of the 清明 solar term); 劳动节 2 (1–2 May); 端午节 1 (农历五月初五); 中秋节 1 (农历八月十五);
 * 国庆节 3 (1–3 Oct). No make-up working days: the 调休 arrangement exists only in the annual official notice.
 */
import chineseDays from 'chinese-days';
import type { IsoDate } from '../values.js';
import { addDays, format } from './dates.js';

/** Lunar conversion of `chinese-days` covers lunar years 1900–2100. */
const LUNAR_MIN = 1901;
const LUNAR_MAX = 2100;

/**
 * The solar date of a (non-leap) lunar month/day of lunar year `year`. A local-time `Date` is passed on purpose:
 * `chinese-days` reads and formats it in local time, which keeps the result right in every time zone (a
 * `YYYY-MM-DD` string would be parsed as UTC and shift by a day west of UTC).
 */
export function lunarToSolar(year: number, month: number, day: number): IsoDate {
  if (!Number.isInteger(year) || year < LUNAR_MIN || year > LUNAR_MAX) {
    throw new RangeError(`lunar calendar data covers ${LUNAR_MIN}–${LUNAR_MAX} only (got ${year})`);
  }
  return chineseDays.getSolarDateFromLunar(new Date(year, month - 1, day)).date;
}

/**
 * The 清明 solar term (April 4–6) by the 寿星 formula `floor(Y·0.2422 + C) − floor(Y/4)`, the same as `chinese-days`'
 * `getSolarTermDate` (C = 4.81 in the 21st century, 5.59 in the 20th; no correction year for 清明 in either), computed
 * here because that function formats in local time and is off by one day west of UTC.
 */
export function qingming(year: number): IsoDate {
  const y = year % 100;
  const c = year >= 2000 ? 4.81 : 5.59;
  return format(year, 4, Math.floor(y * 0.2422 + c) - Math.floor(y / 4));
}

export interface StatutoryHoliday {
  date: IsoDate;
  name: '元旦' | '春节' | '清明节' | '劳动节' | '端午节' | '中秋节' | '国庆节';
}

/** The 13 statutory holiday days of `year`, in date order. */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  const springFestival = lunarToSolar(year, 1, 1); // 正月初一 of lunar year `year`: 21 Jan – 20 Feb of `year`
  const days: StatutoryHoliday[] = [
    { date: format(year, 1, 1), name: '元旦' },
    { date: addDays(springFestival, -1), name: '春节' }, // 除夕: the last day of the twelfth lunar month (29th or 30th)
    { date: springFestival, name: '春节' },
    { date: addDays(springFestival, 1), name: '春节' },
    { date: addDays(springFestival, 2), name: '春节' },
    { date: qingming(year), name: '清明节' },
    { date: format(year, 5, 1), name: '劳动节' },
    { date: format(year, 5, 2), name: '劳动节' },
    { date: lunarToSolar(year, 5, 5), name: '端午节' },
    { date: lunarToSolar(year, 8, 15), name: '中秋节' },
    { date: format(year, 10, 1), name: '国庆节' },
    { date: format(year, 10, 2), name: '国庆节' },
    { date: format(year, 10, 3), name: '国庆节' },
  ];
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
