// PLACEHOLDER — being replaced by the calendar implementation (chinese-days + override table + statutory fallback).
import type { WorkingDayCalendar } from './types.js';
import { addDays, weekday } from './dates.js';

export const chinaCalendar: WorkingDayCalendar = {
  isWorkingDay: (d) => weekday(d) !== 0 && weekday(d) !== 6,
  hasOfficialSchedule: () => false,
  addWorkingDays(date, n) {
    let d = date;
    for (let i = 0; i < n; ) { d = addDays(d, 1); if (this.isWorkingDay(d)) i++; }
    return { date: d, provisional: true };
  },
};
